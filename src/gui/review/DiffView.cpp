// SPDX-License-Identifier: GPL-3.0-or-later
#include "DiffView.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace fazhi {

namespace {

constexpr int kContext = 40; ///< unchanged characters kept on each side of a change

QString esc(const QString &text)
{
    QString s = text.toHtmlEscaped();
    s.replace(u"\n"_s, u"<br>"_s);
    return s;
}

class HtmlWriter
{
public:
    QString html;
    int changes = 0;

    QString anchor() { return u"<a name=\"c%1\"></a>"_s.arg(++changes); }
    QString inserted(const QString &t)
    {
        return anchor() + u"<span style=\"background:#d7f5d7;color:#0b5d0b;text-decoration:underline\">%1</span>"_s.arg(esc(t));
    }
    QString deleted(const QString &t)
    {
        return anchor() + u"<span style=\"background:#fadadd;color:#9b1c1c;text-decoration:line-through\">%1</span>"_s.arg(esc(t));
    }
    void runs(const QList<TextRun> &list, bool shorten = true)
    {
        html += u"<p style=\"line-height:150%\">"_s;
        for (int i = 0; i < list.size(); ++i) {
            const TextRun &r = list.at(i);
            // A replacement reads as in a word processor: the old words struck through, then the new.
            if (r.kind == TextRun::Kind::Inserted && i + 1 < list.size() && list.at(i + 1).kind == TextRun::Kind::Deleted) {
                html += deleted(list.at(i + 1).text) + inserted(r.text);
                ++i;
            } else if (r.kind == TextRun::Kind::Inserted) {
                html += inserted(r.text);
            } else if (r.kind == TextRun::Kind::Deleted) {
                html += deleted(r.text);
            } else if (!shorten || r.text.size() <= 2 * kContext + 10) {
                html += esc(r.text);
            } else {
                const bool first = i == 0, last = i == list.size() - 1;
                QString t;
                if (!first)
                    t += esc(r.text.left(kContext));
                t += u"<span style=\"color:#888\"> … </span>"_s;
                if (!last)
                    t += esc(r.text.right(kContext));
                html += t;
            }
        }
        html += u"</p>"_s;
    }
    void values(const QString &title, const QList<ValueChange> &list)
    {
        if (list.isEmpty())
            return;
        html += u"<h3>%1</h3><table cellspacing=\"0\" cellpadding=\"3\" border=\"1\" style=\"border-color:#ccc\">"_s.arg(esc(title));
        html += u"<tr><th>%1</th><th>%2</th><th>%3</th></tr>"_s.arg(DiffView::tr("What"), DiffView::tr("Before"),
                                                                     DiffView::tr("After"));
        for (const ValueChange &v : list)
            html += u"<tr><td>%1</td><td>%2</td><td>%3</td></tr>"_s.arg(
                esc(v.what), v.before.isEmpty() ? DiffView::tr("(none)") : deleted(v.before),
                v.after.isEmpty() ? DiffView::tr("(removed)") : inserted(v.after));
        html += u"</table>"_s;
    }
};

} // namespace

DiffView::DiffView(QWidget *parent) : QWidget(parent)
{
    setObjectName(u"diffView"_s);
    auto *layout = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    m_title = new QLabel(this);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    bar->addWidget(m_title, 1);
    m_position = new QLabel(this);
    bar->addWidget(m_position);
    m_previous = new QPushButton(tr("&Previous change"), this);
    m_next = new QPushButton(tr("&Next change"), this);
    m_previous->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F8));
    m_next->setShortcut(QKeySequence(Qt::Key_F8));
    bar->addWidget(m_previous);
    bar->addWidget(m_next);
    layout->addLayout(bar);
    m_browser = new QTextBrowser(this);
    m_browser->setOpenLinks(false);
    QFont text = m_browser->font();
    text.setPointSizeF(text.pointSizeF() * 1.25);
    m_browser->setFont(text);
    layout->addWidget(m_browser, 1);
    connect(m_previous, &QPushButton::clicked, this, &DiffView::previousChange);
    connect(m_next, &QPushButton::clicked, this, &DiffView::nextChange);
}

QString DiffView::toHtml(const ReportDiff &diff, int *changes)
{
    HtmlWriter w;
    w.html += u"<p>"_s + tr("%1 characters inserted, %2 deleted.").arg(diff.inserted).arg(diff.deleted) + u"</p>"_s;
    if (diff.isEmpty())
        w.html += u"<p>"_s + tr("The two versions are the same.") + u"</p>"_s;
    w.values(tr("Report fields"), diff.fields);
    bool opening = false;
    for (const TextRun &r : diff.opening)
        opening = opening || r.kind != TextRun::Kind::Same;
    if (opening) {
        w.html += u"<h3>%1</h3>"_s.arg(tr("Opening"));
        w.runs(diff.opening);
    }
    for (const SectionChange &s : diff.sections) {
        if (s.kind == SectionChange::Kind::Unchanged && !s.moved && s.oldHeading.isEmpty())
            continue;
        QString heading = esc(s.heading);
        if (!s.oldHeading.isEmpty() && s.oldHeading != s.heading)
            heading = w.deleted(s.oldHeading) + u" "_s + w.inserted(s.heading);
        w.html += (s.isPart ? u"<h3>%1</h3>"_s : u"<h4>%1</h4>"_s).arg(heading);
        QStringList notes;
        switch (s.kind) {
        case SectionChange::Kind::Added: notes << tr("Added"); break;
        case SectionChange::Kind::Removed: notes << tr("Removed"); break;
        default: break;
        }
        if (s.moved) {
            w.html += w.anchor();
            notes << (s.oldParent != s.parent && !s.oldParent.isEmpty()
                          ? tr("Moved from “%1” to “%2”").arg(s.oldParent, s.parent)
                          : tr("Moved to another place"));
        }
        if (!notes.isEmpty())
            w.html += u"<p style=\"color:#1c4f8a\">【%1】</p>"_s.arg(esc(notes.join(u"；"_s)));
        if (s.kind == SectionChange::Kind::Added)
            w.html += u"<p>"_s + w.inserted([&] { QString t; for (const TextRun &r : s.body) t += r.text; return t; }()) + u"</p>"_s;
        else if (s.kind == SectionChange::Kind::Removed)
            w.html += u"<p>"_s + w.deleted([&] { QString t; for (const TextRun &r : s.body) t += r.text; return t; }()) + u"</p>"_s;
        else if (s.kind == SectionChange::Kind::Changed)
            w.runs(s.body);
    }
    w.values(tr("Metrics"), diff.metrics);
    w.values(tr("Problems"), diff.problems);
    if (changes)
        *changes = w.changes;
    return w.html;
}

void DiffView::setDiff(const ReportDiff &diff, const QString &title)
{
    m_title->setText(title);
    m_html = toHtml(diff, &m_changes);
    m_browser->setHtml(m_html);
    m_current = 0;
    goTo(m_changes > 0 ? 1 : 0);
}

void DiffView::goTo(int change)
{
    m_current = change;
    if (change > 0)
        m_browser->scrollToAnchor(u"c%1"_s.arg(change));
    m_position->setText(m_changes > 0 ? tr("Change %1 of %2").arg(change).arg(m_changes) : tr("No changes"));
    m_previous->setEnabled(change > 1);
    m_next->setEnabled(change < m_changes);
}

void DiffView::nextChange()
{
    if (m_current < m_changes)
        goTo(m_current + 1);
}

void DiffView::previousChange()
{
    if (m_current > 1)
        goTo(m_current - 1);
}

} // namespace fazhi

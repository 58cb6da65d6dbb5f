// SPDX-License-Identifier: GPL-3.0-or-later
#include "FindReplaceDialog.h"

#include "EditCommands.h"
#include "ReportSession.h"
#include "ui_FindReplaceDialog.h"

#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace fazhi {

namespace {
constexpr int kRefreshDelayMs = 150;
} // namespace

FindReplaceDialog::FindReplaceDialog(QWidget *parent) : QDialog(parent), ui(std::make_unique<Ui::FindReplaceDialog>())
{
    ui->setupUi(this);
    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(kRefreshDelayMs);
    connect(&m_refreshTimer, &QTimer::timeout, this, &FindReplaceDialog::refresh);
    connect(ui->findEdit, &QLineEdit::textChanged, this, &FindReplaceDialog::refresh);
    connect(ui->caseCheck, &QCheckBox::toggled, this, &FindReplaceDialog::refresh);
    connect(ui->nextButton, &QPushButton::clicked, this, &FindReplaceDialog::findNext);
    connect(ui->replaceButton, &QPushButton::clicked, this, &FindReplaceDialog::replaceCurrent);
    connect(ui->replaceAllButton, &QPushButton::clicked, this, &FindReplaceDialog::replaceAll);
    connect(ui->resultsList, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && row < m_matches.size()) {
            m_current = row;
            const FindMatch &m = m_matches.at(row);
            emit showMatch(m.sectionId, m.inHeading, m.position, m.length);
        }
    });
    resize(520, 420);
}

FindReplaceDialog::~FindReplaceDialog() = default;

void FindReplaceDialog::setSession(ReportSession *session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (session)
        connect(session, &ReportSession::changed, this, [this] {
            // Typing elsewhere changes the report with every key: look again once it pauses.
            m_stale = true;
            if (isVisible())
                m_refreshTimer.start();
        });
    refresh();
}

void FindReplaceDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    ensureCurrent();
}

void FindReplaceDialog::setFindText(const QString &text) { ui->findEdit->setText(text); }
void FindReplaceDialog::setReplaceText(const QString &text) { ui->replaceEdit->setText(text); }

Qt::CaseSensitivity FindReplaceDialog::caseSensitivity() const
{
    return ui->caseCheck->isChecked() ? Qt::CaseSensitive : Qt::CaseInsensitive;
}

QList<FindMatch> FindReplaceDialog::findAll(const ReportSession &session, const QString &needle, Qt::CaseSensitivity cs)
{
    QList<FindMatch> out;
    if (needle.isEmpty())
        return out;
    for (const Section &s : session.document().sections) {
        for (qsizetype at = s.heading.indexOf(needle, 0, cs); at >= 0; at = s.heading.indexOf(needle, at + needle.size(), cs))
            out.append({s.id, true, int(at), int(needle.size())});
        for (qsizetype at = s.body.indexOf(needle, 0, cs); at >= 0; at = s.body.indexOf(needle, at + needle.size(), cs))
            out.append({s.id, false, int(at), int(needle.size())});
    }
    return out;
}

const QList<FindMatch> &FindReplaceDialog::matches()
{
    ensureCurrent();
    return m_matches;
}

void FindReplaceDialog::ensureCurrent()
{
    if (m_stale || m_refreshTimer.isActive())
        refresh();
}

void FindReplaceDialog::refresh()
{
    m_refreshTimer.stop();
    m_stale = false;
    const QSignalBlocker block(ui->resultsList);
    ui->resultsList->clear();
    m_matches = m_session ? findAll(*m_session, ui->findEdit->text(), caseSensitivity()) : QList<FindMatch>();
    for (const FindMatch &m : std::as_const(m_matches)) {
        const Section *s = m_session->section(m.sectionId);
        const QString &text = m.inHeading ? s->heading : s->body;
        const QString where = m_session->numberLabel(s->id) + s->heading.left(12);
        const QString excerpt = text.mid(qMax(0, m.position - 8), m.length + 16).simplified();
        ui->resultsList->addItem(u"%1　…%2…"_s.arg(where, excerpt));
    }
    ui->countLabel->setText(ui->findEdit->text().isEmpty() ? QString()
                                                           : tr("%n place(s) found", nullptr, int(m_matches.size())));
    if (m_current >= m_matches.size())
        m_current = -1;
    if (m_current >= 0)
        ui->resultsList->setCurrentRow(m_current);
}

void FindReplaceDialog::findNext()
{
    ensureCurrent();
    const int n = ui->resultsList->count();
    if (n == 0)
        return;
    ui->resultsList->setCurrentRow((m_current + 1) % n);
}

void FindReplaceDialog::replaceCurrent()
{
    ensureCurrent();
    if (!m_session || m_current < 0 || m_current >= m_matches.size()) {
        findNext();
        return;
    }
    const FindMatch m = m_matches.at(m_current);
    const Section *s = m_session->section(m.sectionId);
    if (m.inHeading) {
        QString heading = s->heading;
        heading.replace(m.position, m.length, ui->replaceEdit->text());
        m_session->undoStack()->push(new EditHeadingCommand(m_session, s->id, heading, s->runIn));
    } else {
        QString body = s->body;
        body.replace(m.position, m.length, ui->replaceEdit->text());
        m_session->undoStack()->push(new EditBodyCommand(m_session, s->id, s->body, body, tr("Replace")));
    }
    // What the clerk pressed is shown at once, not after the refresh delay.
    --m_current;
    refresh();
    findNext();
}

int FindReplaceDialog::replaceAll()
{
    const QString needle = ui->findEdit->text();
    if (!m_session || needle.isEmpty())
        return 0;
    ensureCurrent();
    const QList<FindMatch> found = m_matches;
    if (found.isEmpty())
        return 0;
    QUndoStack *stack = m_session->undoStack();
    stack->beginMacro(tr("Replace all \"%1\"").arg(needle));
    QList<qint64> ids;
    for (const FindMatch &m : found)
        if (!ids.contains(m.sectionId))
            ids << m.sectionId;
    for (qint64 id : std::as_const(ids)) {
        const Section s = *m_session->section(id);
        QString heading = s.heading;
        heading.replace(needle, ui->replaceEdit->text(), caseSensitivity());
        if (heading != s.heading)
            stack->push(new EditHeadingCommand(m_session, id, heading, s.runIn));
        QString body = s.body;
        body.replace(needle, ui->replaceEdit->text(), caseSensitivity());
        if (body != s.body)
            stack->push(new EditBodyCommand(m_session, id, s.body, body));
    }
    stack->endMacro();
    m_current = -1;
    refresh();
    ui->countLabel->setText(tr("Replaced %n place(s)", nullptr, int(found.size())));
    return int(found.size());
}

} // namespace fazhi

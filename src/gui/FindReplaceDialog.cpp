// SPDX-License-Identifier: GPL-3.0-or-later
#include "FindReplaceDialog.h"

#include "EditCommands.h"
#include "ReportSession.h"
#include "ui_FindReplaceDialog.h"

#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace fazhi {

FindReplaceDialog::FindReplaceDialog(QWidget *parent) : QDialog(parent), ui(std::make_unique<Ui::FindReplaceDialog>())
{
    ui->setupUi(this);
    connect(ui->findEdit, &QLineEdit::textChanged, this, &FindReplaceDialog::refresh);
    connect(ui->caseCheck, &QCheckBox::toggled, this, &FindReplaceDialog::refresh);
    connect(ui->nextButton, &QPushButton::clicked, this, &FindReplaceDialog::findNext);
    connect(ui->replaceButton, &QPushButton::clicked, this, &FindReplaceDialog::replaceCurrent);
    connect(ui->replaceAllButton, &QPushButton::clicked, this, &FindReplaceDialog::replaceAll);
    connect(ui->resultsList, &QListWidget::currentRowChanged, this, [this](int row) {
        const QList<FindMatch> found = matches();
        if (row >= 0 && row < found.size()) {
            m_current = row;
            const FindMatch &m = found.at(row);
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
            if (isVisible())
                refresh();
        });
    refresh();
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

QList<FindMatch> FindReplaceDialog::matches() const
{
    return m_session ? findAll(*m_session, ui->findEdit->text(), caseSensitivity()) : QList<FindMatch>();
}

void FindReplaceDialog::refresh()
{
    const QSignalBlocker block(ui->resultsList);
    ui->resultsList->clear();
    const QList<FindMatch> found = matches();
    for (const FindMatch &m : found) {
        const Section *s = m_session->section(m.sectionId);
        const QString &text = m.inHeading ? s->heading : s->body;
        const QString where = m_session->numberLabel(s->id) + s->heading.left(12);
        const QString excerpt = text.mid(qMax(0, m.position - 8), m.length + 16).simplified();
        ui->resultsList->addItem(u"%1　…%2…"_s.arg(where, excerpt));
    }
    ui->countLabel->setText(ui->findEdit->text().isEmpty() ? QString() : tr("%n place(s) found", nullptr, int(found.size())));
    if (m_current >= found.size())
        m_current = -1;
    if (m_current >= 0)
        ui->resultsList->setCurrentRow(m_current);
}

void FindReplaceDialog::findNext()
{
    const int n = ui->resultsList->count();
    if (n == 0)
        return;
    ui->resultsList->setCurrentRow((m_current + 1) % n);
}

void FindReplaceDialog::replaceCurrent()
{
    const QList<FindMatch> found = matches();
    if (!m_session || m_current < 0 || m_current >= found.size()) {
        findNext();
        return;
    }
    const FindMatch m = found.at(m_current);
    const Section *s = m_session->section(m.sectionId);
    if (m.inHeading) {
        QString heading = s->heading;
        heading.replace(m.position, m.length, ui->replaceEdit->text());
        m_session->undoStack()->push(new EditHeadingCommand(m_session, s->id, heading, s->runIn));
    } else {
        QString body = s->body;
        body.replace(m.position, m.length, ui->replaceEdit->text());
        m_session->undoStack()->beginMacro(tr("Replace"));
        m_session->undoStack()->push(new EditBodyCommand(m_session, s->id, s->body, body));
        m_session->undoStack()->endMacro();
    }
    --m_current;
    refresh();
    findNext();
}

int FindReplaceDialog::replaceAll()
{
    const QString needle = ui->findEdit->text();
    if (!m_session || needle.isEmpty())
        return 0;
    const QList<FindMatch> found = matches();
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

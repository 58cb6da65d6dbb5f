// SPDX-License-Identifier: GPL-3.0-or-later
#include "SectionEditor.h"

#include "EditCommands.h"
#include "ReportSession.h"
#include "ui_SectionEditor.h"

#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace fazhi {

SectionEditor::SectionEditor(QWidget *parent) : QWidget(parent), ui(std::make_unique<Ui::SectionEditor>())
{
    ui->setupUi(this);
    QFont heading = ui->numberLabel->font();
    heading.setBold(true);
    ui->numberLabel->setFont(heading);
    ui->guidanceLabel->setStyleSheet(u"color: palette(dark);"_s);
    ui->bodySplitter->setStretchFactor(0, 4);
    ui->bodySplitter->setStretchFactor(1, 1);
    connect(ui->bodyEdit, &QPlainTextEdit::textChanged, this, &SectionEditor::bodyEdited);
    connect(ui->headingEdit, &QLineEdit::textEdited, this, &SectionEditor::headingEdited);
    connect(ui->runInCheck, &QCheckBox::clicked, this, &SectionEditor::headingEdited);
    connect(ui->bodyEdit, &QPlainTextEdit::cursorPositionChanged, this,
            [this] { emit cursorMoved(m_sectionId, ui->bodyEdit->textCursor().position()); });
    setEnabled(false);
}

SectionEditor::~SectionEditor() = default;

BodyEdit *SectionEditor::bodyEdit() const { return ui->bodyEdit; }
int SectionEditor::cursorPosition() const { return ui->bodyEdit->textCursor().position(); }

void SectionEditor::setSession(ReportSession *session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    m_sectionId = 0;
    if (session) {
        connect(session, &ReportSession::sectionTextChanged, this, &SectionEditor::sessionBodyChanged);
        connect(session, &ReportSession::sectionHeadingChanged, this, &SectionEditor::sessionHeadingChanged);
        connect(session, &ReportSession::structureChanged, this, &SectionEditor::refreshNumber);
    }
    setEnabled(false);
}

void SectionEditor::showSection(qint64 sectionId)
{
    const Section *s = m_session ? m_session->section(sectionId) : nullptr;
    m_sectionId = s ? sectionId : 0;
    setEnabled(s != nullptr);
    if (!s) {
        ui->bodyEdit->setTextSilently({}, 0);
        return;
    }
    ui->headingEdit->setText(s->heading);
    ui->runInCheck->setChecked(s->runIn);
    ui->runInCheck->setVisible(!s->isPart());
    ui->guidanceLabel->setText(s->guidance);
    ui->guidanceLabel->setVisible(!s->guidance.isEmpty());
    m_body = s->body;
    ui->bodyEdit->setTextSilently(s->body, 0);
    refreshNumber();
    fillReferences();
}

void SectionEditor::refreshNumber()
{
    if (!m_session)
        return;
    if (!m_session->section(m_sectionId)) {
        showSection(0);
        return;
    }
    ui->numberLabel->setText(m_session->numberLabel(m_sectionId));
}

void SectionEditor::fillReferences()
{
    ui->referencesList->clear();
    const Section *s = m_session ? m_session->section(m_sectionId) : nullptr;
    const bool show = s && s->isPart() && s->part == 1 && !m_session->references().isEmpty();
    ui->referencesBox->setVisible(show);
    if (!show)
        return;
    for (const ReportReference &ref : m_session->references()) {
        auto *title = new QListWidgetItem(ref.title, ui->referencesList);
        QFont bold = title->font();
        bold.setBold(true);
        title->setFont(bold);
        const QStringList paragraphs = ref.body.split(u"\n\n"_s, Qt::SkipEmptyParts);
        for (QString p : paragraphs) {
            if (p.startsWith(u"## "_s))
                p = u"• "_s + p.mid(3);
            new QListWidgetItem(p.trimmed(), ui->referencesList);
        }
    }
}

void SectionEditor::bodyEdited()
{
    if (ui->bodyEdit->isSilent() || !m_session || m_sectionId == 0)
        return;
    const QString text = ui->bodyEdit->toPlainText();
    if (text == m_body)
        return;
    const QString before = m_body;
    m_body = text;
    m_session->undoStack()->push(new EditBodyCommand(m_session, m_sectionId, before, text));
}

void SectionEditor::headingEdited()
{
    if (!m_session || m_sectionId == 0)
        return;
    m_session->undoStack()->push(
        new EditHeadingCommand(m_session, m_sectionId, ui->headingEdit->text(), ui->runInCheck->isChecked()));
}

void SectionEditor::sessionBodyChanged(qint64 id)
{
    if (id != m_sectionId)
        return;
    const QString body = m_session->section(id)->body;
    if (body == m_body)
        return;
    // An undo or a replacement changed the text: show it, with the cursor where the change is.
    int first = 0;
    while (first < body.size() && first < m_body.size() && body.at(first) == m_body.at(first))
        ++first;
    m_body = body;
    ui->bodyEdit->setTextSilently(body, first);
}

void SectionEditor::sessionHeadingChanged(qint64 id)
{
    if (id != m_sectionId)
        return;
    const Section *s = m_session->section(id);
    if (ui->headingEdit->text() != s->heading)
        ui->headingEdit->setText(s->heading);
    ui->runInCheck->setChecked(s->runIn);
}

void SectionEditor::select(int position, int length)
{
    if (position < 0) {
        ui->headingEdit->setFocus();
        ui->headingEdit->selectAll();
        return;
    }
    QTextCursor c = ui->bodyEdit->textCursor();
    const int size = int(m_body.size());
    c.setPosition(qBound(0, position, size));
    c.setPosition(qBound(0, position + length, size), QTextCursor::KeepAnchor);
    ui->bodyEdit->setTextCursor(c);
    ui->bodyEdit->centerCursor();
    ui->bodyEdit->setFocus();
}

} // namespace fazhi

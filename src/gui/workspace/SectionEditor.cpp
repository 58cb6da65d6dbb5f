// SPDX-License-Identifier: GPL-3.0-or-later
#include "SectionEditor.h"

#include "BodyEdit.h"
#include "EditCommands.h"
#include "ReportSession.h"
#include "ui_SectionEditor.h"

#include <QHBoxLayout>
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
    ui->pasteNoticeLabel->setStyleSheet(u"QLabel { background: #fff8e1; border: 1px solid #e0c068; padding: 4px; }"_s);
    connect(ui->bodyEdit, &BodyEdit::pasteCleaned, this, &SectionEditor::showPasteNotice);
    connect(ui->bodyEdit, &BodyEdit::structuredPaste, this, &SectionEditor::pasteStructure);
    connect(ui->bodyEdit, &QPlainTextEdit::cursorPositionChanged, this,
            [this] { emit cursorMoved(m_sectionId, ui->bodyEdit->textCursor().position()); });
    setEnabled(false);
}

SectionEditor::~SectionEditor() = default;

BodyEdit *SectionEditor::bodyEdit() const { return ui->bodyEdit; }
int SectionEditor::cursorPosition() const { return ui->bodyEdit->textCursor().position(); }

void SectionEditor::addBodySideWidget(QWidget *side)
{
    auto *row = new QWidget(ui->bodySplitter);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    ui->bodySplitter->insertWidget(0, row);
    layout->addWidget(ui->bodyEdit, 1);
    layout->addWidget(side);
    ui->bodySplitter->setStretchFactor(0, 4);
}

void SectionEditor::setReadOnly(bool readOnly)
{
    ui->bodyEdit->setReadOnly(readOnly);
    ui->headingEdit->setReadOnly(readOnly);
    ui->runInCheck->setEnabled(!readOnly);
}

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
    ui->pasteNoticeLabel->hide();
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

QString SectionEditor::pasteNotice() const
{
    return ui->pasteNoticeLabel->isVisibleTo(this) ? ui->pasteNoticeLabel->text() : QString();
}

void SectionEditor::showPasteNotice(const QStringList &lines)
{
    ui->pasteNoticeLabel->setText(tr("The paste was tidied as an import is: %1").arg(lines.join(u' ')));
    ui->pasteNoticeLabel->show();
}

void SectionEditor::pasteStructure(const PasteResult &paste)
{
    if (!m_session || m_sectionId == 0)
        return;
    const Section *current = m_session->section(m_sectionId);
    QUndoStack *stack = m_session->undoStack();
    QStringList notes = paste.changes;
    qint64 partId = current->isPart() ? current->id : current->parentId;
    int position = current->isPart() ? int(m_session->document().subsections(partId).size()) : current->position + 1;
    stack->beginMacro(tr("Paste"));
    // What comes before the first heading goes where the cursor is.
    qsizetype i = 0;
    QStringList leading;
    while (i < paste.blocks.size() && paste.blocks.at(i).kind == PastedBlock::Paragraph)
        leading << paste.blocks.at(i++).text;
    if (!leading.isEmpty())
        ui->bodyEdit->textCursor().insertText(leading.join(u'\n'));

    // Then each heading becomes structure: a part heading leads to that part, a subsection heading makes a
    // new subsection there (after the one being written, or at the end of the part led to).
    qint64 target = m_sectionId;
    QHash<qint64, QStringList> bodies;
    QList<qint64> order;
    int added = 0;
    QStringList parts, unknown;
    for (; i < paste.blocks.size(); ++i) {
        const PastedBlock &b = paste.blocks.at(i);
        switch (b.kind) {
        case PastedBlock::Part: {
            qint64 found = 0;
            for (const Section &s : m_session->document().parts())
                if (s.part == b.number)
                    found = s.id;
            if (!found) {
                unknown << b.text;
                bodies[target] << b.text; // kept, and said below: never silently
                break;
            }
            partId = target = found;
            position = int(m_session->document().subsections(found).size());
            parts << m_session->numberLabel(found) + m_session->section(found)->heading;
            break;
        }
        case PastedBlock::Subsection: {
            auto *add = new AddSubsectionCommand(m_session, partId, position++, b.text);
            stack->push(add);
            target = add->sectionId();
            ++added;
            break;
        }
        case PastedBlock::Paragraph:
            bodies[target] << b.text;
            break;
        }
        if (!order.contains(target))
            order << target;
    }
    for (const qint64 id : std::as_const(order)) {
        const Section *s = m_session->section(id);
        if (!s || bodies.value(id).isEmpty())
            continue;
        const QString body = s->body.isEmpty() ? bodies.value(id).join(u'\n') : s->body + u'\n' + bodies.value(id).join(u'\n');
        stack->push(new EditBodyCommand(m_session, id, s->body, body, tr("Paste")));
    }
    stack->endMacro();
    if (added)
        notes << tr("%n subsection heading(s) became new subsection(s).", nullptr, added);
    if (!parts.isEmpty())
        notes << tr("Text under a part heading went into that part: %1.").arg(parts.join(tr(", ")));
    if (!unknown.isEmpty())
        notes << tr("The report has no part for %1: that heading was pasted as text; please check it.").arg(unknown.join(tr(", ")));
    showPasteNotice(notes);
}

} // namespace fazhi

// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportFieldsEditor.h"

#include "EditCommands.h"
#include "ReportSession.h"
#include "text/ReportLayout.h"
#include "ui_ReportFieldsEditor.h"

#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace fazhi {

ReportFieldsEditor::ReportFieldsEditor(QWidget *parent)
    : QWidget(parent), ui(std::make_unique<Ui::ReportFieldsEditor>())
{
    ui->setupUi(this);
    for (ReportStatus s : {ReportStatus::Draft, ReportStatus::Submitted, ReportStatus::Returned,
                           ReportStatus::Approved, ReportStatus::Published})
        ui->statusCombo->addItem(reportStatusLabel(s), int(s));
    connect(ui->titleEdit, &QLineEdit::textEdited, this, [this] { edited(tr("Edit title")); });
    connect(ui->addresseeEdit, &QLineEdit::textEdited, this, [this] { edited(tr("Edit addressee")); });
    connect(ui->noteEdit, &QLineEdit::textEdited, this, [this] { edited(tr("Edit note")); });
    connect(ui->openingEdit, &QPlainTextEdit::textChanged, this, [this] { edited(tr("Edit opening")); });
    connect(ui->signatoriesEdit, &QPlainTextEdit::textChanged, this, [this] { edited(tr("Edit signature")); });
    connect(ui->writtenDateEdit, &QDateEdit::dateChanged, this, [this] { edited(tr("Edit date")); });
    connect(ui->statusCombo, &QComboBox::activated, this, [this] {
        edited(tr("Change status"));
        emit statusChanged();
    });
    ui->openingEdit->setUndoRedoEnabled(false);
    ui->signatoriesEdit->setUndoRedoEnabled(false);
}

ReportFieldsEditor::~ReportFieldsEditor() = default;

void ReportFieldsEditor::setSession(ReportSession *session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (session)
        connect(session, &ReportSession::reportFieldsChanged, this, &ReportFieldsEditor::load);
    load();
}

void ReportFieldsEditor::load()
{
    if (!m_session)
        return;
    const Report &r = m_session->document().report;
    m_loading = true;
    if (ui->titleEdit->text() != r.title)
        ui->titleEdit->setText(r.title);
    if (ui->addresseeEdit->text() != r.addressee)
        ui->addresseeEdit->setText(r.addressee);
    if (ui->openingEdit->toPlainText() != r.opening)
        ui->openingEdit->setPlainText(r.opening);
    const QString signatories = r.signatories.join(u'\n');
    if (ui->signatoriesEdit->toPlainText() != signatories)
        ui->signatoriesEdit->setPlainText(signatories);
    ui->writtenDateEdit->setDate(r.writtenDate.isValid() ? r.writtenDate : QDate(r.year + 1, 1, 15));
    if (ui->noteEdit->text() != r.note)
        ui->noteEdit->setText(r.note);
    ui->statusCombo->setCurrentIndex(ui->statusCombo->findData(int(r.status)));
    m_loading = false;
}

void ReportFieldsEditor::edited(const QString &what)
{
    if (m_loading || !m_session)
        return;
    Report r = m_session->document().report;
    r.title = ui->titleEdit->text();
    r.addressee = ui->addresseeEdit->text();
    r.opening = ui->openingEdit->toPlainText();
    r.signatories = ui->signatoriesEdit->toPlainText().split(u'\n', Qt::SkipEmptyParts);
    r.writtenDate = ui->writtenDateEdit->date();
    r.note = ui->noteEdit->text();
    r.status = ReportStatus(ui->statusCombo->currentData().toInt());
    m_session->undoStack()->push(new EditReportCommand(m_session, r, what));
}

void ReportFieldsEditor::focusField(int blockKind)
{
    switch (BlockKind(blockKind)) {
    case BlockKind::Title: ui->titleEdit->setFocus(); break;
    case BlockKind::Addressee: ui->addresseeEdit->setFocus(); break;
    case BlockKind::Opening: ui->openingEdit->setFocus(); break;
    case BlockKind::Signature: ui->signatoriesEdit->setFocus(); break;
    case BlockKind::Date: ui->writtenDateEdit->setFocus(); break;
    case BlockKind::Note: ui->noteEdit->setFocus(); break;
    default: ui->openingEdit->setFocus(); break;
    }
}

} // namespace fazhi

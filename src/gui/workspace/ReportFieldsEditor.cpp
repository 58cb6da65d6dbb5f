// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportFieldsEditor.h"

#include "CoreLabels.h"
#include "EditCommands.h"
#include "ReportSession.h"
#include "text/ReportLayout.h"
#include "ui_ReportFieldsEditor.h"

#include <QCalendarWidget>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace fazhi {

namespace {
// The date edit's lowest date stands for "no date": it shows the special value text ("not set") and is
// read back as an empty date. A real 成文日期 is never this early.
const QDate kNoDate(1900, 1, 1);
const QDate kEarliestDate(1900, 1, 2);
bool steppedFromNoDate(QDate date) { return date != kNoDate && date.year() < kNoDate.year() + 10; }
} // namespace

ReportFieldsEditor::ReportFieldsEditor(QWidget *parent)
    : QWidget(parent), ui(std::make_unique<Ui::ReportFieldsEditor>())
{
    ui->setupUi(this);
    for (ReportStatus s : {ReportStatus::Draft, ReportStatus::Submitted, ReportStatus::Returned,
                           ReportStatus::Approved, ReportStatus::Published})
        ui->statusCombo->addItem(CoreLabels::reportStatus(s), int(s));
    connect(ui->titleEdit, &QLineEdit::textEdited, this, [this] { edited(tr("Edit title")); });
    connect(ui->addresseeEdit, &QLineEdit::textEdited, this, [this] { edited(tr("Edit addressee")); });
    connect(ui->noteEdit, &QLineEdit::textEdited, this, [this] { edited(tr("Edit note")); });
    connect(ui->openingEdit, &QPlainTextEdit::textChanged, this, [this] { edited(tr("Edit opening")); });
    connect(ui->signatoriesEdit, &QPlainTextEdit::textChanged, this, [this] { edited(tr("Edit signature")); });
    ui->writtenDateEdit->setMinimumDate(kNoDate);
    connect(ui->writtenDateEdit, &QDateEdit::dateChanged, this, &ReportFieldsEditor::dateEdited);
    connect(ui->clearDateButton, &QToolButton::clicked, this, [this] {
        if (ui->writtenDateEdit->date() != kNoDate)
            ui->writtenDateEdit->setDate(kNoDate);
    });
    connect(ui->statusCombo, &QComboBox::activated, this, [this] {
        edited(tr("Change status"));
        emit statusChanged();
    });
    // The status moves only through the review steps (the review panel), never by editing it here.
    ui->statusCombo->setEnabled(false);
    ui->statusCombo->setToolTip(tr("The status changes through the review steps in the Review panel."));
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
    // The field shows what is stored: an empty date looks empty (its calendar opens where the date usually is).
    ui->writtenDateEdit->setDate(r.writtenDate.isValid() ? r.writtenDate : kNoDate);
    ui->clearDateButton->setEnabled(r.writtenDate.isValid());
    if (!r.writtenDate.isValid())
        ui->writtenDateEdit->calendarWidget()->setCurrentPage(suggestedDate().year(), suggestedDate().month());
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
    r.writtenDate = writtenDate();
    r.note = ui->noteEdit->text();
    r.status = ReportStatus(ui->statusCombo->currentData().toInt());
    m_session->undoStack()->push(new EditReportCommand(m_session, r, what));
}

QDate ReportFieldsEditor::writtenDate() const
{
    const QDate shown = ui->writtenDateEdit->date();
    return shown < kEarliestDate ? QDate() : shown;
}

QDate ReportFieldsEditor::suggestedDate() const
{
    const int year = m_session ? m_session->document().report.year + 1 : QDate::currentDate().year();
    return QDate(year, 1, 15);
}

void ReportFieldsEditor::dateEdited(QDate date)
{
    if (m_loading || !m_session)
        return;
    // Stepping up from "not set" starts at the usual date (mid-January after the report year), not in 1900.
    if (steppedFromNoDate(date)) {
        m_loading = true;
        ui->writtenDateEdit->setDate(suggestedDate());
        m_loading = false;
    }
    edited(writtenDate().isValid() ? tr("Edit date") : tr("Clear date"));
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

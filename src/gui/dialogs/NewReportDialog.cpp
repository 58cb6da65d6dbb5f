// SPDX-License-Identifier: GPL-3.0-or-later
#include "NewReportDialog.h"

#include "Icons.h"
#include "util/Clock.h"
#include "storage/Database.h"
#include "storage/DocumentStore.h"
#include "storage/ReportRepository.h"
#include "storage/UnitRepository.h"
#include "util/Failure.h"
#include "ui_NewReportDialog.h"

#include <QPushButton>

using namespace Qt::StringLiterals;

namespace fazhi {

NewReportDialog::NewReportDialog(Database &db, qint64 unitId, QWidget *parent)
    : QDialog(parent), ui(std::make_unique<Ui::NewReportDialog>()), m_db(db)
{
    ui->setupUi(this);
    for (const Unit &u : UnitRepository(db).all())
        ui->unitCombo->addItem(Icons::unitKind(u.kind), u.fullName, u.id);
    ui->templateCombo->addItem(tr("Standard five parts"), u"standard"_s);
    ui->yearSpin->setValue(Clock::system().today().year() - 1);
    setUnit(unitId);
    connect(ui->unitCombo, &QComboBox::currentIndexChanged, this, &NewReportDialog::updatePrevious);
    connect(ui->yearSpin, &QSpinBox::valueChanged, this, &NewReportDialog::updatePrevious);
    connect(ui->previousRadio, &QRadioButton::toggled, this, &NewReportDialog::updatePrevious);
    updatePrevious();
    resize(620, 460);
}

NewReportDialog::~NewReportDialog() = default;

void NewReportDialog::setUnit(qint64 unitId)
{
    const int i = ui->unitCombo->findData(unitId);
    if (i >= 0)
        ui->unitCombo->setCurrentIndex(i);
}

void NewReportDialog::setYear(int year) { ui->yearSpin->setValue(year); }
void NewReportDialog::setFromPrevious(bool fromPrevious)
{
    (fromPrevious ? ui->previousRadio : ui->blankRadio)->setChecked(true);
}

qint64 NewReportDialog::unitId() const { return ui->unitCombo->currentData().toLongLong(); }
int NewReportDialog::year() const { return ui->yearSpin->value(); }
bool NewReportDialog::fromPrevious() const { return ui->previousRadio->isChecked(); }

void NewReportDialog::updatePrevious()
{
    ui->carryList->clear();
    ReportRepository reports(m_db);
    const bool exists = reports.findByUnitYear(unitId(), year()).has_value();
    const auto previous = reports.previous(unitId(), year());
    ui->previousRadio->setEnabled(previous.has_value());
    if (!previous && fromPrevious())
        ui->blankRadio->setChecked(true);
    QString note;
    if (exists)
        note = tr("This unit already has a report for %1.").arg(year());
    else if (!previous)
        note = tr("This unit has no earlier report to start from.");
    else
        note = tr("Previous report: %1 (%2).").arg(previous->title, reportStatusLabel(previous->status));
    ui->previousLabel->setText(note);
    ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(!exists && unitId() > 0);
    ui->carryList->setVisible(previous && fromPrevious());
    if (!previous || !fromPrevious())
        return;
    const CarryOver carried = DocumentStore::carryOver(DocumentStore(m_db).load(previous->id, false));
    for (const Problem &p : carried.problems)
        ui->carryList->addItem(tr("Problem carried over: %1 (%2)").arg(p.text, problemStatusLabel(p.status)));
    for (const CarryOver::Plans &plans : carried.plans) {
        for (const Section &sub : plans.items)
            ui->carryList->addItem(tr("Plan to report on in part one: %1").arg(sub.heading));
        if (!plans.part.body.trimmed().isEmpty())
            ui->carryList->addItem(tr("Plan to report on in part one: %1").arg(plans.part.body.trimmed().left(60)));
    }
}

qint64 NewReportDialog::createReport()
{
    return DocumentStore(m_db).createReport(unitId(), year(), fromPrevious(), ui->templateCombo->currentData().toString());
}

} // namespace fazhi

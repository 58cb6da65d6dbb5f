// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportDialog.h"

#include "Dialogs.h"
#include "Icons.h"
#include "storage/DocumentStore.h"
#include "storage/UnitRepository.h"
#include "text/Numbering.h"
#include "util/Failure.h"
#include "ui_ImportDialog.h"

#include <QFileInfo>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace fazhi {

ImportDialog::ImportDialog(Database &db, QWidget *parent)
    : QDialog(parent), ui(std::make_unique<Ui::ImportDialog>()), m_db(db)
{
    ui->setupUi(this);
    ui->fileLabel->setText(tr("Choose a report file: TXT, HTML, DOCX or Markdown."));
    connect(ui->chooseButton, &QPushButton::clicked, this, &ImportDialog::choose);
    ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Store report"));
    ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(false);
    resize(820, 560);
}

ImportDialog::~ImportDialog() = default;

void ImportDialog::choose()
{
    const QString path = FileDialog::getOpenFileName(
        this, tr("Import a report"), tr("Reports (*.txt *.html *.htm *.docx *.md);;All files (*)"));
    if (!path.isEmpty())
        load(path);
}

bool ImportDialog::load(const QString &path)
{
    try {
        m_result = Importer::importFile(path);
    } catch (const Failure &f) {
        m_loaded = false;
        ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(false);
        MessageBox::warning(this, tr("Import a report"), f.message());
        return false;
    }
    m_loaded = true;
    ui->fileLabel->setText(QFileInfo(path).fileName());
    showResult(m_result);
    ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(true);
    return true;
}

void ImportDialog::showResult(const ImportResult &r)
{
    const ReportDocument &doc = r.document;
    ui->unitCombo->clear();
    const auto existing = UnitRepository(m_db).findByName(doc.unit.fullName);
    if (!existing && !doc.unit.fullName.isEmpty())
        ui->unitCombo->addItem(Icons::unitKind(doc.unit.kind), tr("%1 (new unit)").arg(doc.unit.fullName), 0);
    for (const Unit &u : UnitRepository(m_db).all())
        ui->unitCombo->addItem(Icons::unitKind(u.kind), u.fullName, u.id);
    if (existing)
        ui->unitCombo->setCurrentIndex(ui->unitCombo->findData(existing->id));
    ui->yearSpin->setValue(doc.report.year > 0 ? doc.report.year : 2025);

    ui->structureTree->clear();
    auto *title = new QTreeWidgetItem(ui->structureTree, {doc.report.title.isEmpty() ? tr("(no title recognised)") : doc.report.title});
    QFont bold = title->font(0);
    bold.setBold(true);
    title->setFont(0, bold);
    const QList<Section> parts = doc.parts();
    for (int p = 0; p < parts.size(); ++p) {
        const Section &part = parts.at(p);
        QString label = numbering::label(1, p + 1) + part.heading;
        if (part.part == 0)
            label += tr(" (not one of the five standard parts)");
        auto *item = new QTreeWidgetItem(ui->structureTree, {label});
        const QList<Section> subs = doc.subsections(part.id);
        for (int s = 0; s < subs.size(); ++s)
            new QTreeWidgetItem(item, {numbering::label(2, s + 1) + subs.at(s).heading});
    }
    ui->structureTree->expandAll();

    ui->repairsList->clear();
    ui->repairsList->addItems(r.repairs);
    ui->warningsList->clear();
    ui->warningsList->addItems(r.warnings);
    ui->figuresList->clear();
    for (const MetricCandidate &c : r.candidates)
        ui->figuresList->addItem(c.excerpt.isEmpty() ? c.label : c.excerpt);
    ui->detailTabs->setTabText(0, tr("Repairs (%1)").arg(r.repairs.size()));
    ui->detailTabs->setTabText(1, tr("Warnings (%1)").arg(r.warnings.size()));
    ui->detailTabs->setTabText(2, tr("Figures (%1)").arg(r.candidates.size()));
}

qint64 ImportDialog::store()
{
    if (!m_loaded)
        throw Failure(tr("No report file has been read."));
    ReportDocument doc = m_result.document;
    const qint64 unitId = ui->unitCombo->currentData().toLongLong();
    if (unitId > 0) {
        if (const auto u = UnitRepository(m_db).find(unitId))
            doc.unit = *u;
    } else {
        doc.unit.id = 0;
    }
    doc.report.year = ui->yearSpin->value();
    return DocumentStore(m_db).insert(doc);
}

} // namespace fazhi

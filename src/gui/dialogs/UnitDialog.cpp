// SPDX-License-Identifier: GPL-3.0-or-later
#include "UnitDialog.h"

#include "Icons.h"
#include "storage/UnitRepository.h"
#include "ui_UnitDialog.h"

#include <QPushButton>

namespace fazhi {

UnitDialog::UnitDialog(Database &db, QWidget *parent) : QDialog(parent), ui(std::make_unique<Ui::UnitDialog>()), m_db(db)
{
    ui->setupUi(this);
    for (UnitKind k : {UnitKind::Government, UnitKind::Department, UnitKind::Township, UnitKind::Other})
        ui->kindCombo->addItem(Icons::unitKind(k), unitKindLabel(k), int(k));
    ui->parentCombo->addItem(tr("(none)"), 0);
    for (const Unit &u : UnitRepository(db).all())
        ui->parentCombo->addItem(Icons::unitKind(u.kind), u.fullName, u.id);
    ui->kindCombo->setCurrentIndex(ui->kindCombo->findData(int(UnitKind::Department)));
    connect(ui->kindCombo, &QComboBox::activated, this, [this] { m_kindTouched = true; });
    connect(ui->fullNameEdit, &QLineEdit::textChanged, this, [this](const QString &name) {
        if (!m_kindTouched)
            ui->kindCombo->setCurrentIndex(ui->kindCombo->findData(int(guessUnitKind(name))));
        ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(!name.trimmed().isEmpty());
        if (ui->signatoriesEdit->toPlainText().isEmpty() || !ui->signatoriesEdit->document()->isModified())
            ui->signatoriesEdit->setPlainText(name.trimmed());
    });
    ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(false);
    resize(520, 360);
}

UnitDialog::~UnitDialog() = default;

void UnitDialog::setFullName(const QString &name) { ui->fullNameEdit->setText(name); }

void UnitDialog::setParentUnit(qint64 unitId)
{
    const int i = ui->parentCombo->findData(unitId);
    if (i >= 0)
        ui->parentCombo->setCurrentIndex(i);
}

Unit UnitDialog::unit() const
{
    Unit u;
    u.fullName = ui->fullNameEdit->text().trimmed();
    u.shortName = ui->shortNameEdit->text().trimmed();
    u.kind = UnitKind(ui->kindCombo->currentData().toInt());
    u.parentId = ui->parentCombo->currentData().toLongLong();
    u.addressee = ui->addresseeEdit->text().trimmed();
    u.signatories = ui->signatoriesEdit->toPlainText().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    return u;
}

qint64 UnitDialog::createUnit() { return UnitRepository(m_db).insert(unit()); }

} // namespace fazhi

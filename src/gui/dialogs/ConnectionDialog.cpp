// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConnectionDialog.h"

#include "Dialogs.h"
#include "storage/ServerConnection.h"
#include "util/Failure.h"
#include "ui_ConnectionDialog.h"

#include <QPushButton>
#include <QSettings>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace fazhi {

namespace {
const QString kUseServer = u"database/useServer"_s;
const QString kServer = u"database/server"_s;
} // namespace

ConnectionDialog::ConnectionDialog(QWidget *parent) : QDialog(parent), ui(std::make_unique<Ui::ConnectionDialog>())
{
    ui->setupUi(this);
    ui->passwordNote->setText(tr("The password is never stored. Leave it empty to use ~/.pgpass; typed here, it "
                                 "is kept only until the program closes."));
    const QSettings settings;
    const QUrl remembered(settings.value(kServer).toString());
    if (remembered.isValid() && !remembered.host().isEmpty()) {
        ui->hostEdit->setText(remembered.host());
        ui->portSpin->setValue(remembered.port(5432));
        ui->databaseEdit->setText(remembered.path().mid(1));
        ui->userEdit->setText(remembered.userName());
    }
    (settings.value(kUseServer).toBool() ? ui->serverRadio : ui->localRadio)->setChecked(true);
    connect(ui->serverRadio, &QRadioButton::toggled, this, &ConnectionDialog::updateEnabled);
    for (QLineEdit *edit : {ui->hostEdit, ui->databaseEdit, ui->userEdit})
        connect(edit, &QLineEdit::textChanged, this, &ConnectionDialog::updateEnabled);
    updateEnabled();
}

ConnectionDialog::~ConnectionDialog() = default;

bool ConnectionDialog::useServer() const { return ui->serverRadio->isChecked(); }

QString ConnectionDialog::address() const
{
    if (!useServer())
        return {};
    QUrl url;
    url.setScheme(u"postgresql"_s);
    url.setUserName(ui->userEdit->text().trimmed());
    url.setHost(ui->hostEdit->text().trimmed());
    url.setPort(ui->portSpin->value());
    url.setPath(u'/' + ui->databaseEdit->text().trimmed());
    return url.toString();
}

void ConnectionDialog::updateEnabled()
{
    ui->serverGroup->setEnabled(useServer());
    const bool complete = !useServer()
                          || (!ui->hostEdit->text().trimmed().isEmpty() && !ui->databaseEdit->text().trimmed().isEmpty()
                              && !ui->userEdit->text().trimmed().isEmpty());
    ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(complete);
}

void ConnectionDialog::accept()
{
    QSettings settings;
    if (useServer()) {
        server::Address parsed;
        try {
            parsed = server::parse(address());
        } catch (const Failure &f) {
            MessageBox::warning(this, windowTitle(), f.message());
            return;
        }
        settings.setValue(kServer, parsed.display);
        server::holdPassword(parsed.display, ui->passwordEdit->text());
    }
    settings.setValue(kUseServer, useServer());
    ui->passwordEdit->clear();
    QDialog::accept();
}

QString ConnectionDialog::rememberedLocation()
{
    const QSettings settings;
    return settings.value(kUseServer).toBool() ? settings.value(kServer).toString() : QString();
}

} // namespace fazhi

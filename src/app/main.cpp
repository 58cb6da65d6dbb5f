// SPDX-License-Identifier: GPL-3.0-or-later
// fazhi-studio: the desktop application.
#include "MainWindow.h"

#include "storage/Database.h"
#include "storage/DemoData.h"
#include "util/Failure.h"
#include "util/Logging.h"

#include <QApplication>
#include <QMessageBox>

using namespace Qt::StringLiterals;

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"fazhi-studio"_s);
    QApplication::setOrganizationName(u"fazhi-studio"_s);
    fazhi::logging::initialize(u"fazhi-studio"_s, false);

    fazhi::Database db;
    try {
        db.open(fazhi::Database::defaultPath());
        fazhi::DemoData::seedIfEmpty(db);
    } catch (const fazhi::Failure &f) {
        QMessageBox::critical(nullptr, QObject::tr("Cannot open the database"), f.message());
        return 1;
    }
    fazhi::MainWindow window(db);
    window.show();
    return app.exec();
}

// SPDX-License-Identifier: GPL-3.0-or-later
// fazhi-studio: the desktop application.
#include "StudioApp.h"

#include "util/Logging.h"

#include <QApplication>

using namespace Qt::StringLiterals;

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"fazhi-studio"_s);
    QApplication::setOrganizationName(u"fazhi-studio"_s);
    fazhi::logging::initialize(u"fazhi-studio"_s, false);
    return fazhi::StudioApp::run(app);
}

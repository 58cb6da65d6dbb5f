// SPDX-License-Identifier: GPL-3.0-or-later
// fazhi-studio-driver: the desktop application started as fazhi-studio starts, for the tests that need a
// real process (killed mid-edit, two windows on one database, the program beside the CLI). Once the window
// is up it does what a clerk would: FAZHI_TEST_OPEN=ID opens report ID, FAZHI_TEST_TYPE=TEXT types TEXT
// at the end of its first section and prints "typed into section ID". Never installed.
#include "BodyEdit.h"
#include "MainWindow.h"
#include "ReportSession.h"
#include "SectionEditor.h"
#include "StudioApp.h"
#include "util/Logging.h"

#include <QApplication>
#include <QCoreApplication>
#include <QEventLoop>
#include <QTextCursor>

#include <cstdio>

using namespace Qt::StringLiterals;

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"fazhi-studio"_s);
    QApplication::setOrganizationName(u"fazhi-studio"_s);
    fazhi::logging::initialize(u"fazhi-studio"_s, false);
    const qint64 open = qEnvironmentVariableIntValue("FAZHI_TEST_OPEN");
    const QString typed = qEnvironmentVariable("FAZHI_TEST_TYPE");
    return fazhi::StudioApp::run(app, [open, typed](fazhi::MainWindow &window) {
        // Without FAZHI_TEST_OPEN, the report the program opened itself (--report ID, or the last one).
        if (open > 0 && !window.openReport(open))
            return;
        if (window.session()) {
            std::printf("opened report %lld\n", static_cast<long long>(window.session()->reportId()));
            std::fflush(stdout);
        }
        if (!window.session() || typed.isEmpty())
            return;
        // A report opened at start puts the cursor in its first text once the window has laid itself out.
        for (int i = 0; i < 10 && window.sectionEditor()->sectionId() == 0; ++i)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        fazhi::BodyEdit *body = window.sectionEditor()->bodyEdit();
        body->moveCursor(QTextCursor::End);
        body->insertPlainText(typed);
        std::printf("typed into section %lld\n", static_cast<long long>(window.sectionEditor()->sectionId()));
        std::fflush(stdout);
    });
}

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <functional>

class QApplication;

namespace fazhi {

class Database;
class MainWindow;

/// Start-up of the desktop application: language, database (FAZHI_DB overrides the default; demo data
/// the first time), the main window, recovery after an unclean exit, and the --screenshot tour.
class StudioApp
{
public:
    /// `started` runs once the window is shown and an unclean exit's session recovered: the program passes
    /// nothing; a test driver under tests/ passes what a clerk would do.
    static int run(QApplication &app, const std::function<void(MainWindow &)> &started = {});
    /// Installs the interface translation: FAZHI_LANG ("en", "zh_CN"), else `preferred`, else Chinese.
    static void installTranslations(QApplication &app, const QString &preferred);
    /// What the window shows when the program starts: after an unclean exit the recovered report; then the
    /// report asked for (`--report ID`, 0 for none; an unknown id is said and the start goes on); else the
    /// report that was open when the program last closed. Returns false if a requested report was not opened.
    static bool openAtStart(MainWindow &window, qint64 requested);
};

} // namespace fazhi

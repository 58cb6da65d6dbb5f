// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QApplication;

namespace fazhi {

class Database;

/// Start-up of the desktop application: language, database (FAZHI_DB overrides the default; demo data
/// the first time), the main window, recovery after an unclean exit, and the --screenshot tour.
class StudioApp
{
public:
    static int run(QApplication &app);
    /// Installs the interface translation: FAZHI_LANG ("en", "zh_CN"), else `preferred`, else Chinese.
    static void installTranslations(QApplication &app, const QString &preferred);
};

} // namespace fazhi

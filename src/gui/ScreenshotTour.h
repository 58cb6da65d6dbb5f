// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace fazhi {

class MainWindow;

/// Opens the newest report and saves pictures of the window, each tab, the preview and the dialogs
/// into a folder (for documentation and for reviewing the interface).
class ScreenshotTour
{
public:
    static int run(MainWindow &window, const QString &directory);
};

} // namespace fazhi

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QAction;
class QMainWindow;
class QMenu;

namespace fazhi {

/// Every command of the main window in one place: text, shortcut, menu and toolbar placement.
/// The window connects them; tests trigger them like a user would.
class Actions : public QObject
{
    Q_OBJECT

public:
    explicit Actions(QMainWindow *window);

    /// Builds the menu bar and the main toolbar.
    void populate(QMainWindow *window, QMenu *viewDocks);

    QAction *newReport, *newUnit, *openReport, *importReport, *importFolder, *save, *exportReport, *quit,
        *connectDatabase;
    QAction *undo, *redo, *find, *addSubsection, *deleteSubsection, *moveUp, *moveDown;
    QAction *showPreview, *checkNow, *languageChinese, *languageEnglish, *about;
    QAction *writeTab, *metricsTab, *problemsTab;
};

} // namespace fazhi

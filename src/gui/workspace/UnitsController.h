// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QAction;
class QMenu;
class QUndoStack;

namespace fazhi {

class Clock;
class Database;
class MainWindow;
class UnitsCommand;

/// Putting slips right in the list of units and reports: edit a unit, change a report's year, delete a
/// draft report or a unit (with its reports, after a confirmation that names them). Each change is a step
/// of the window's own undo history (it outlives the open report), and deletions go into the audit trail
/// as the command line's do. A report that has been submitted is never deleted.
class UnitsController : public QObject
{
    Q_OBJECT

public:
    UnitsController(Database &db, MainWindow *window);

    /// The unit and report actions, for the menu and the list's context menu.
    QMenu *menu() const { return m_menu; }
    QUndoStack *undoStack() const { return m_stack; }
    void setClock(const Clock &clock) { m_clock = &clock; }

    QAction *editUnit = nullptr;
    QAction *deleteUnit = nullptr;
    QAction *changeYear = nullptr;
    QAction *deleteReport = nullptr;
    QAction *undo = nullptr;
    QAction *redo = nullptr;

    /// The actions' work, for a chosen unit or report; each returns false (having said why) if refused.
    bool editUnitTo(qint64 unitId);
    bool changeReportYear(qint64 reportId, int year);
    bool removeReport(qint64 reportId);
    bool removeUnit(qint64 unitId);

    /// The name the audit trail records for what the window does: FAZHI_USER, else the account.
    static QString actingName();

private:
    void updateActions();
    bool push(UnitsCommand *command);

    Database &m_db;
    MainWindow *m_window;
    const Clock *m_clock;
    QUndoStack *m_stack;
    QMenu *m_menu;
};

} // namespace fazhi

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "JumpPlace.h"

#include <QMainWindow>
#include <QPointer>

#include <functional>
#include <memory>

namespace Ui {
class MainWindow;
}

namespace fazhi {

class Actions;
class ChecklistDock;
class Clock;
class Database;
class FindReplaceDialog;
class MetricsTab;
class OutlinePanel;
class OverviewWindow;
class PreviewPanel;
class ProblemsTab;
class ReportSession;
class ReviewController;
class SectionEditor;
class StatusIndicators;
class UnitsController;
class UnitsDock;

/// The workspace: units and reports on the left, the open report's outline, editor and live preview in
/// the middle with the metrics and problems tabs, the checklist on the right, counts in the status bar.
/// It wires the parts together; each part is its own class.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(Database &db, QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Opens a report for editing (saving the one open before). Returns false if it cannot be loaded.
    bool openReport(qint64 reportId);
    /// Closes the open report (its text saved first) and shows the start page.
    void closeReport();
    ReportSession *session() const;
    /// Goes to a place of the report: a section's body or heading, a report field, a metric, a problem.
    void jumpTo(const JumpPlace &place);
    /// After an unclean exit: reopens the report that was open and says what was recovered.
    void recoverSession();
    void reloadUnits();
    Database &database() const { return m_db; }
    /// The clock deadlines and overdue problems are judged by (the system's unless set; tests move it).
    void setClock(const Clock &clock);
    /// Read-only: the database is open in another window. Reports open without autosave, editing is
    /// off, a banner says why, and nothing is written (not even the session journal).
    void setReadOnly(bool readOnly);
    bool isReadOnly() const { return m_readOnly; }

    Actions *actions() const { return m_actions; }
    UnitsDock *unitsDock() const { return m_units; }
    UnitsController *unitsController() const { return m_unitsController; }
    OutlinePanel *outline() const;
    SectionEditor *sectionEditor() const;
    PreviewPanel *preview() const;
    MetricsTab *metricsTab() const;
    ProblemsTab *problemsTab() const;
    ChecklistDock *checklist() const { return m_checklist; }
    StatusIndicators *indicators() const { return m_indicators; }
    ReviewController *review() const { return m_review; }
    FindReplaceDialog *findDialog();
    void showTab(int index);

    /// The supervising office's overview window (made on first use), shown and raised.
    OverviewWindow *showOverview();

    void newReport();
    void newUnit();
    void importReport();
    /// Imports every report of a folder the clerk picks, with progress and the outcome per file.
    void importFolder();
    /// Asks for a file name and exports the open report; returns whether a file was written.
    bool exportReport(const QString &format = {});

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void connectActions();
    void sectionActivated(qint64 id);
    void updateTitle();
    void updateActions();
    void setLanguage(const QString &language);
    /// Runs a write of the window's own (journal, settings); a failure is logged and shown, never thrown.
    bool tryWrite(const QString &title, const std::function<void()> &write);

    std::unique_ptr<Ui::MainWindow> ui;
    Database &m_db;
    Actions *m_actions = nullptr;
    UnitsDock *m_units = nullptr;
    UnitsController *m_unitsController = nullptr;
    ChecklistDock *m_checklist = nullptr;
    StatusIndicators *m_indicators = nullptr;
    ReviewController *m_review = nullptr;
    QPointer<FindReplaceDialog> m_find;
    QPointer<ReportSession> m_session;
    QPointer<OverviewWindow> m_overview;
    bool m_mergeShown = false; ///< a merge dialog told of the outside change that outsideConflict announces
    bool m_readOnly = false;
};

} // namespace fazhi

// SPDX-License-Identifier: GPL-3.0-or-later
#include "OverviewLink.h"

#include "ChecklistDock.h"
#include "MainWindow.h"
#include "ProblemsTab.h"
#include "ReportSession.h"
#include "check/CheckResult.h"

#include <QDockWidget>

using namespace Qt::StringLiterals;

namespace fazhi {

namespace {
enum WorkspaceTab { WriteTabIndex, MetricsTabIndex, ProblemsTabIndex };
}

bool OverviewLink::open(MainWindow &window, const OverviewTarget &target)
{
    if (target.reportId <= 0 || !window.openReport(target.reportId))
        return false;
    window.show();
    window.raise();
    window.activateWindow();
    switch (target.place) {
    case OverviewTarget::Place::Report:
        break;
    case OverviewTarget::Place::Fields:
        window.jumpTo(JumpPlace::reportField(BlockKind::Title));
        break;
    case OverviewTarget::Place::Section:
        window.jumpTo(JumpPlace::section(target.refId, target.position, target.length));
        break;
    case OverviewTarget::Place::Problem:
        window.showTab(ProblemsTabIndex);
        if (target.refId > 0)
            window.problemsTab()->selectProblem(target.refId);
        break;
    case OverviewTarget::Place::Metrics:
        window.showTab(MetricsTabIndex);
        break;
    case OverviewTarget::Place::Checklist: {
        ChecklistDock *checklist = window.checklist();
        if (auto *dock = qobject_cast<QDockWidget *>(checklist->parentWidget()))
            dock->show();
        checklist->checkNow();
        const QList<Finding> &findings = checklist->result().findings;
        for (int i = 0; i < findings.size(); ++i)
            if (!target.finding.isEmpty() && findings.at(i).message.startsWith(target.finding)) {
                checklist->activateFinding(i);
                break;
            }
        break;
    }
    }
    return true;
}

} // namespace fazhi

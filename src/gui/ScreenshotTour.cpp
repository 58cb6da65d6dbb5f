// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScreenshotTour.h"

#include "OverviewWindow.h"

#include "ChecklistDock.h"
#include "Dialogs.h"
#include "FindReplaceDialog.h"
#include "MainWindow.h"
#include "NewReportDialog.h"
#include "PreviewPanel.h"
#include "ReportSession.h"
#include "UnitDialog.h"
#include "storage/ReportRepository.h"

#include <QApplication>
#include <QDir>
#include <QThreadPool>

using namespace Qt::StringLiterals;

namespace fazhi {

namespace {

void settle()
{
    for (int i = 0; i < 10; ++i) {
        QThreadPool::globalInstance()->waitForDone(200);
        QApplication::processEvents();
    }
}

bool save(QWidget *w, const QDir &dir, const QString &name)
{
    settle();
    const QString path = dir.filePath(name + u".png"_s);
    const bool ok = w->grab().save(path);
    std::printf("%s %s\n", ok ? "saved" : "FAILED", qPrintable(path));
    return ok;
}

} // namespace

int ScreenshotTour::run(MainWindow &window, const QString &directory)
{
    QDir dir(directory);
    dir.mkpath(u"."_s);
    save(&window, dir, u"00-start"_s);

    QList<Report> reports = ReportRepository(window.database()).all();
    std::sort(reports.begin(), reports.end(), [](const Report &a, const Report &b) { return a.year < b.year; });
    if (reports.isEmpty() || !window.openReport(reports.last().id))
        return 1;
    window.preview()->refreshNow();
    window.checklist()->checkNow();
    window.showTab(0);
    save(&window, dir, u"01-write"_s);
    save(window.preview(), dir, u"02-preview"_s);
    window.jumpTo(JumpPlace::reportField(BlockKind::Title));
    save(&window, dir, u"03-report-fields"_s);
    window.showTab(1);
    save(&window, dir, u"04-metrics"_s);
    window.showTab(2);
    save(&window, dir, u"05-problems"_s);
    window.showTab(0);
    save(window.checklist(), dir, u"06-checklist"_s);

    NewReportDialog newReport(window.database(), window.session()->document().unit.id, &window);
    newReport.setYear(window.session()->document().report.year + 1);
    newReport.setFromPrevious(true);
    newReport.show();
    save(&newReport, dir, u"07-new-report"_s);
    newReport.hide();

    UnitDialog unit(window.database(), &window);
    unit.setFullName(u"示例区司法局"_s);
    unit.show();
    save(&unit, dir, u"08-new-unit"_s);
    unit.hide();

    FindReplaceDialog *find = window.findDialog();
    find->setFindText(u"执法"_s);
    find->show();
    save(find, dir, u"09-find"_s);
    find->hide();

    OverviewWindow *overview = window.showOverview();
    overview->resize(window.size());
    save(overview, dir, u"10-overview"_s);
    overview->hide();
    return 0;
}

} // namespace fazhi

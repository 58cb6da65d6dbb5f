// SPDX-License-Identifier: GPL-3.0-or-later
// The window at office resolutions: what a clerk reads and types into is wide enough and not cut; the
// preview zooms; checklist items wrap; the chart counts in whole numbers; the program opens where the
// clerk left off (or the report it is given) with the cursor in the text; Tab walks the problem table.
#include "GuiTestSupport.h"

#include "BodyEdit.h"
#include "ChecklistDock.h"
#include "MetricChart.h"
#include "PageView.h"
#include "PreviewPanel.h"
#include "ProblemsTab.h"
#include "ReportFieldsEditor.h"
#include "SectionEditor.h"
#include "StudioApp.h"
#include "storage/DocumentStore.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTableWidget>
#include <QTreeWidget>
#include <QWheelEvent>

#ifdef FAZHI_HAVE_CHARTS
#include <QChart>
#include <QChartView>
#include <QValueAxis>
#endif

#include <cmath>

using namespace Qt::StringLiterals;
using namespace fazhi;
using namespace fazhi::test;

namespace {

/// Chinese characters a line of `edit` holds.
int charactersPerLine(const QPlainTextEdit *edit)
{
    const int margin = 2 * int(edit->document()->documentMargin());
    return (edit->viewport()->width() - margin) / edit->fontMetrics().horizontalAdvance(u'法');
}

/// Whether a line edit shows its whole text.
bool showsWholeText(const QLineEdit *edit)
{
    return edit->fontMetrics().horizontalAdvance(edit->text()) + 12 <= edit->width();
}

} // namespace

TEST_CASE("At office resolutions the editor holds 35 characters a line and the headings and title are not cut",
          "[gui][window]")
{
    const QSize size = GENERATE(QSize(1366, 768), QSize(1400, 900));
    INFO(size.width() << "x" << size.height());
    Workspace ws;
    ws.window->resize(size);
    settle();
    ws.openDemoReport();
    settle(100);

    SectionEditor *editor = ws.window->sectionEditor();
    CHECK(charactersPerLine(editor->bodyEdit()) >= 35);
    const auto *heading = editor->findChild<QLineEdit *>(u"headingEdit"_s);
    REQUIRE(heading);
    CHECK(showsWholeText(heading));
    CHECK(ws.window->preview()->isVisible());
    CHECK(ws.window->preview()->width() >= 280);
    CHECK(ws.window->checklist()->isVisible());

    ws.window->jumpTo(JumpPlace::reportField(BlockKind::Title));
    settle();
    auto *fields = ws.window->findChild<ReportFieldsEditor *>();
    const auto *title = fields->findChild<QLineEdit *>(u"titleEdit"_s);
    REQUIRE(title);
    CHECK(showsWholeText(title));
    const auto *opening = fields->findChild<QPlainTextEdit *>(u"openingEdit"_s);
    REQUIRE(opening);
    CHECK(charactersPerLine(opening) >= 30);
    CHECK(opening->viewport()->height() >= 4 * opening->fontMetrics().lineSpacing());
}

TEST_CASE("A report opens with the cursor in its text, ready to type", "[gui][window]")
{
    Workspace ws;
    ws.openDemoReport();
    settle();
    BodyEdit *body = ws.window->sectionEditor()->bodyEdit();
    CHECK(QApplication::focusWidget() == body);
    CHECK(body->textCursor().position() == body->toPlainText().size());
    const qint64 id = ws.window->sectionEditor()->sectionId();
    const QString before = ws.session().section(id)->body;
    QTest::keyClicks(QApplication::focusWidget(), u"ok"_s);
    CHECK(ws.session().section(id)->body == before + u"ok"_s);
}

TEST_CASE("The preview zooms with Ctrl+wheel, fits the width and shows the real size", "[gui][window][preview]")
{
    Workspace ws;
    ws.openDemoReport();
    PreviewPanel *preview = ws.window->preview();
    preview->refreshNow();
    PageView *pages = preview->pageView();
    CHECK(pages->zoom() == 0); // fitted to the width at first
    const int fitted = pages->pageWidth();

    auto *real = preview->findChild<QAction *>(u"preview-zoom-100"_s);
    REQUIRE(real);
    real->trigger();
    CHECK(pages->zoomPercent() == 100);
    // 210 mm at the screen's resolution.
    CHECK(std::abs(pages->pageWidth() - 210 / 25.4 * pages->logicalDpiX()) <= 2);
    CHECK(pages->width() >= pages->pageWidth()); // wider than the view: it scrolls sideways

    const QPointF at(pages->width() / 2.0, 100);
    QWheelEvent up(at, pages->mapToGlobal(at), {}, {0, 120}, Qt::NoButton, Qt::ControlModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(pages, &up);
    CHECK(pages->zoomPercent() == 110);
    QWheelEvent down(at, pages->mapToGlobal(at), {}, {0, -240}, Qt::NoButton, Qt::ControlModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(pages, &down);
    CHECK(std::abs(pages->zoomPercent() - 91) <= 1);
    // Without Ctrl the wheel scrolls and the zoom stays.
    const int zoom = pages->zoomPercent();
    QWheelEvent plain(at, pages->mapToGlobal(at), {}, {0, -120}, Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(pages, &plain);
    CHECK(pages->zoomPercent() == zoom);

    auto *fit = preview->findChild<QAction *>(u"preview-zoom-fit"_s);
    REQUIRE(fit);
    fit->trigger();
    settle();
    CHECK(pages->zoom() == 0);
    CHECK(pages->pageWidth() == pages->width() - 32); // as wide as the view, a margin each side
    CHECK(std::abs(pages->pageWidth() - fitted) <= 20); // (give or take a scroll bar)
    auto *label = preview->findChild<QLabel *>(u"previewZoomLabel"_s);
    REQUIRE(label);
    CHECK(label->text().startsWith(QString::number(pages->zoomPercent())));
}

TEST_CASE("Checklist findings wrap: every item shows its whole text", "[gui][window][checklist]")
{
    Workspace ws;
    ws.window->resize(1366, 768);
    ws.openDemoReport();
    ws.window->checklist()->checkNow();
    settle(100);
    auto *tree = ws.window->checklist()->findChild<QTreeWidget *>(u"findingsTree"_s);
    REQUIRE(tree);
    tree->expandAll();
    settle();
    int checked = 0;
    int longOnes = 0;
    for (QTreeWidgetItemIterator it(tree); *it; ++it) {
        QTreeWidgetItem *item = *it;
        const QRect rect = tree->visualItemRect(item);
        if (!rect.isValid() || rect.bottom() < 0 || rect.top() > tree->viewport()->height())
            continue; // scrolled out: not laid out on screen
        const int textWidth = tree->viewport()->width() - rect.left() - 8;
        const QRect needed = tree->fontMetrics().boundingRect(QRect(0, 0, textWidth, 10000), Qt::TextWordWrap,
                                                              item->text(0));
        INFO(item->text(0).toStdString());
        CHECK(needed.height() <= rect.height() + 2);
        longOnes += needed.height() > tree->fontMetrics().lineSpacing() + 2;
        ++checked;
    }
    CHECK(checked >= 2);
    CHECK(longOnes >= 1); // some finding is longer than a line and shows on several
}

TEST_CASE("The chart across the years labels its axis with whole numbers, none twice", "[gui][window][metrics]")
{
    CHECK(MetricChart::ticksFor(1, true) == QList<double>{0, 1, 2});
    CHECK(MetricChart::ticksFor(0, true) == QList<double>{0, 1});
    CHECK(MetricChart::ticksFor(3, true) == QList<double>{0, 1, 2, 3, 4});
    CHECK(MetricChart::ticksFor(37, true) == QList<double>{0, 10, 20, 30, 40, 50});
    CHECK(MetricChart::ticksFor(1500, true).last() >= 1500);
    const QList<double> rates = MetricChart::ticksFor(0.9, false);
    CHECK(rates.last() >= 0.9);

    MetricChart chart;
    chart.setSeries(u"行政复议案件"_s, {{2021, 1}, {2022, 1}, {2023, 1}, {2024, 0}, {2025, 0}});
    const QList<double> ticks = chart.yTicks();
    REQUIRE(ticks.size() >= 2);
    for (int i = 0; i < ticks.size(); ++i) {
        CHECK(ticks.at(i) == std::round(ticks.at(i)));
        if (i > 0)
            CHECK(ticks.at(i) > ticks.at(i - 1));
    }
#ifdef FAZHI_HAVE_CHARTS
    auto *view = chart.findChild<QChartView *>();
    REQUIRE(view);
    const QList<QAbstractAxis *> axes = view->chart()->axes(Qt::Vertical);
    REQUIRE(axes.size() == 1);
    auto *y = qobject_cast<QValueAxis *>(axes.first());
    REQUIRE(y);
    CHECK(y->tickCount() == ticks.size());
    CHECK(y->max() == ticks.last());
    CHECK(y->labelFormat() == u"%.0f"_s);
#endif
}

TEST_CASE("The program reopens the report that was open last, or the one it is given", "[gui][window][start]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"start.sqlite"_s);
    Database db;
    db.open(path);
    DemoData::seedIfEmpty(db);
    QList<Report> reports = ReportRepository(db).all();
    REQUIRE(reports.size() >= 2);
    std::sort(reports.begin(), reports.end(), [](const Report &a, const Report &b) { return a.year < b.year; });
    const qint64 older = reports.first().id;
    const qint64 newer = reports.last().id;
    MessageBox::setNonInteractive(true);
    {
        MainWindow window(db);
        REQUIRE(window.openReport(older));
        window.close();
    }
    {
        MainWindow window(db);
        CHECK(StudioApp::openAtStart(window, 0));
        REQUIRE(window.session());
        CHECK(window.session()->reportId() == older);
        window.close();
    }
    {
        MainWindow window(db);
        CHECK(StudioApp::openAtStart(window, newer));
        REQUIRE(window.session());
        CHECK(window.session()->reportId() == newer);
        window.close();
    }
    {
        MessageBox::clearHistory();
        MainWindow window(db);
        CHECK_FALSE(StudioApp::openAtStart(window, 987654));
        REQUIRE_FALSE(MessageBox::history().isEmpty());
        CHECK(MessageBox::history().last().contains(u"987654"_s));
        window.close();
    }
    QThreadPool::globalInstance()->waitForDone();
}

TEST_CASE("fazhi-studio --report ID opens that report at start", "[gui][window][start][process]")
{
    QTemporaryDir dir;
    const QString dbPath = dir.filePath(u"cli.sqlite"_s);
    const qint64 newest = seedDemo(dbPath);
    Database db;
    db.open(dbPath);
    // A second draft (the demo's other report is published, hence read-only): the one asked for at start.
    const qint64 unitId = ReportRepository(db).find(newest)->unitId;
    db.close();
    REQUIRE(runCli(dbPath, {u"report"_s, u"new"_s, u"--unit"_s, QString::number(unitId), u"--year"_s, u"2023"_s}).exitCode == 0);
    db.open(dbPath);
    qint64 other = 0;
    for (const Report &r : ReportRepository(db).all())
        if (r.year == 2023)
            other = r.id;
    REQUIRE(other > 0);
    REQUIRE(other != newest);
    db.close();

    QProcess studio;
    QProcessEnvironment env = studioEnvironment(dbPath, dir.filePath(u"data"_s), 0, QString());
    env.remove(u"FAZHI_TEST_OPEN"_s);
    studio.setProcessEnvironment(env);
    studio.start(studioDriverPath(), {u"--report"_s, QString::number(other)});
    REQUIRE(studio.waitForStarted(10000));
    QByteArray out;
    QElapsedTimer t;
    t.start();
    while (!out.contains("opened report") && t.elapsed() < 30000) {
        studio.waitForReadyRead(200);
        out += studio.readAllStandardOutput();
    }
    studio.kill();
    studio.waitForFinished(5000);
    REQUIRE(out.contains("opened report"));
    const qint64 opened = QString::fromUtf8(out.mid(out.indexOf("opened report") + 14)).section(u'\n', 0, 0).trimmed().toLongLong();
    CHECK(opened == other);
}

TEST_CASE("Tab in the problem table commits the cell and moves on to edit the next one", "[gui][window][problems]")
{
    Workspace ws;
    ws.openDemoReport();
    REQUIRE_FALSE(ws.session().document().problems.isEmpty());
    ws.window->showTab(2);
    settle();
    auto *table = ws.window->problemsTab()->findChild<QTableWidget *>(u"problemsTable"_s);
    REQUIRE(table);
    table->setFocus();
    table->setCurrentCell(0, 1); // 原因
    table->editItem(table->item(0, 1));
    auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    REQUIRE(editor);
    editor->clear();
    typeText(editor, u"制度不健全"_s);
    QTest::keyClick(editor, Qt::Key_Tab);
    settle();
    CHECK(ws.session().document().problems.first().reason == u"制度不健全"_s);
    CHECK(table->currentRow() == 0);
    CHECK(table->currentColumn() == 2); // 整改措施
    auto *next = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    REQUIRE(next);
    CHECK(next->text() == ws.session().document().problems.first().measure);
    typeText(next, u"（已部署）"_s);
    QTest::keyClick(next, Qt::Key_Tab);
    settle();
    CHECK(ws.session().document().problems.first().measure.endsWith(u"（已部署）"_s));
    CHECK(table->currentColumn() == 3); // 责任单位
}

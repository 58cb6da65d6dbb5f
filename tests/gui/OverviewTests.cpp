// SPDX-License-Identifier: GPL-3.0-or-later
// The supervising office's overview window on a generated district of 200 units: late, missing and
// overdue cells stand out, sorting and filtering by any column, a cell opens the report where it is
// explained, a unit's years, metrics across units, and search with the hit opened in the editor.
// With FAZHI_SCREENSHOT_DIR set, the overview is saved there as overview-district.png (1366×768).
#include "GuiTestSupport.h"

#include "BodyEdit.h"
#include "ChecklistDock.h"
#include "ProblemsTab.h"
#include "SectionEditor.h"
#include "MetricsAcrossPage.h"
#include "OverviewFilter.h"
#include "OverviewModel.h"
#include "OverviewPage.h"
#include "OverviewWindow.h"
#include "SearchPage.h"
#include "UnitYearsPage.h"
#include "storage/DocumentStore.h"
#include "storage/ProblemRepository.h"
#include "storage/UnitRepository.h"
#include "util/Clock.h"

#include <QLineEdit>
#include <QTranslator>
#include <QTableWidget>
#include <QTabWidget>
#include <QTreeView>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace fazhi;
using namespace fazhi::test;

namespace {

const QStringList kSentences{
    u"深入开展“八五”普法，落实“谁执法谁普法”普法责任制。"_s,
    u"全年办理行政复议案件%1件，纠错率%2%。"_s,
    u"严格规范公正文明执法，全面推行行政执法三项制度。"_s,
    u"坚持重大行政决策合法性审查，未经审查不得提交讨论。"_s,
    u"加强基层法治建设，推进乡镇（街道）综合行政执法改革。"_s,
};

/// A district: a government, with departments and townships under it; reports for 2024 and 2025 with
/// every kind of lateness, missing parts, overdue and repeated problems.
struct District
{
    QTemporaryDir dir;
    Database db;
    std::unique_ptr<MainWindow> window;
    FixedClock clock{QDate(2026, 4, 2)};
    qint64 root = 0;

    explicit District(int units)
    {
        MessageBox::setNonInteractive(true);
        db.open(dir.filePath(u"district.sqlite"_s));
        Transaction tx(db);
        UnitRepository unitRepo(db);
        Unit gov;
        gov.fullName = u"重庆市江津区人民政府"_s;
        gov.kind = UnitKind::Government;
        root = unitRepo.insert(gov);
        QHash<qint64, qint64> lastProblem;
        for (int i = 1; i < units; ++i) {
            Unit u;
            u.parentId = root;
            u.kind = i % 4 == 0 ? UnitKind::Township : UnitKind::Department;
            u.fullName = u.kind == UnitKind::Township ? u"江津区第%1镇人民政府"_s.arg(i) : u"江津区第%1局"_s.arg(i);
            u.id = unitRepo.insert(u);
            for (int year : {2024, 2025}) {
                if (year == 2025 && i % 10 == 7)
                    continue; // no report yet
                ReportDocument doc;
                doc.unit = u;
                doc.report.year = year;
                doc.report.title = u"%1关于%2年法治政府建设情况的报告"_s.arg(u.fullName).arg(year);
                // Submitted (imported: the 成文日期 is the submission date) on time or late; published or not.
                doc.report.status = i % 9 == 4 ? ReportStatus::Draft : ReportStatus::Published;
                doc.report.writtenDate = QDate(year + 1, 2, 20).addDays(i % 5 == 1 ? 15 : 0);
                if (doc.report.status == ReportStatus::Published && i % 8 != 3)
                    doc.report.publishedDate = QDate(year + 1, 3, 15).addDays(i % 6 == 2 ? 30 : 0);
                qint64 id = 0;
                for (int part = 1; part <= 5; ++part) {
                    if (part == 3 && i % 6 == 0)
                        continue; // a missing part
                    Section s;
                    s.id = ++id;
                    s.part = part;
                    s.heading = QStringList{u"%1年推进法治政府建设的主要举措和成效"_s.arg(year),
                                            u"%1年推进法治政府建设存在的不足和原因"_s.arg(year),
                                            u"%1年党政主要负责人履行推进法治建设第一责任人职责，加强法治政府建设的有关情况"_s.arg(year),
                                            u"%1年推进法治政府建设的主要安排"_s.arg(year + 1), u"其他需要报告的情况"_s}
                                    .at(part - 1);
                    s.body = kSentences.at((i + part) % kSentences.size());
                    if (s.body.contains(u"%1"_s))
                        s.body = s.body.arg(i % 30 + 1).arg(i % 7);
                    doc.sections << s;
                }
                for (const auto &[key, value] : {std::pair{u"admin_review_cases"_s, double(i % 30 + 1)},
                                                 std::pair{u"enforcement_cases"_s, double(i * 7 % 400)}}) {
                    MetricValue v;
                    v.key = key;
                    v.value = value + (year - 2024) * 3;
                    doc.metrics << v;
                }
                Problem p;
                p.text = u"基层执法人员法治素养有待提升（%1）"_s.arg(i);
                p.dueDate = QDate(year + 1, i % 2 ? 1 : 6, 30); // half of them past due by April
                p.status = i % 3 == 0 ? ProblemStatus::Rectified : ProblemStatus::Open;
                if (year == 2025 && i % 4 == 1)
                    p.continuesId = lastProblem.value(u.id);
                doc.problems << p;
                const qint64 reportId = DocumentStore(db).insert(doc);
                lastProblem.insert(u.id, ProblemRepository(db).forReport(reportId).first().id);
            }
        }
        tx.commit();
        window = std::make_unique<MainWindow>(db);
        window->setClock(clock);
        window->resize(1400, 900);
        window->show();
    }
    ~District()
    {
        window.reset();
        QThreadPool::globalInstance()->waitForDone();
    }

    OverviewWindow *overview()
    {
        OverviewWindow *w = window->showOverview();
        w->setClock(clock);
        w->overviewPage()->setYear(2025);
        return w;
    }
};

/// Every index of the view, depth first.
QList<QModelIndex> allRows(const QAbstractItemModel *model, const QModelIndex &parent = {})
{
    QList<QModelIndex> rows;
    for (int r = 0; r < model->rowCount(parent); ++r) {
        const QModelIndex i = model->index(r, 0, parent);
        rows << i;
        rows << allRows(model, i);
    }
    return rows;
}

void doubleClick(QTreeView *view, const QModelIndex &index)
{
    view->scrollTo(index);
    const QPoint centre = view->visualRect(index).center();
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, centre);
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, centre);
}

} // namespace

TEST_CASE("the overview shows every unit of the district, late and overdue cells marked", "[gui][overview]")
{
    // The screenshot shows the interface as users see it, in Chinese.
    const bool screenshot = !qEnvironmentVariableIsEmpty("FAZHI_SCREENSHOT_DIR");
    QTranslator chinese;
    if (screenshot && chinese.load(u":/i18n/fazhi_zh_CN.qm"_s))
        QCoreApplication::installTranslator(&chinese);
    District d(200);
    OverviewPage *page = d.overview()->overviewPage();
    OverviewModel *model = page->model();
    QTreeView *view = page->view();
    REQUIRE(allRows(view->model()).size() == 200);
    // The district government at the top, its units under it.
    CHECK(view->model()->rowCount() == 1);
    CHECK(view->model()->rowCount(view->model()->index(0, 0)) == 199);

    int late = 0;
    int missingParts = 0;
    for (const QModelIndex &i : allRows(model)) {
        const OverviewRow *r = model->row(i);
        const QModelIndex submitted = i.siblingAtColumn(OverviewModel::SubmittedColumn);
        CHECK((submitted.data(OverviewModel::AlertRole).toInt() == 2) == r->submitLate);
        if (r->submitLate) {
            ++late;
            CHECK(submitted.data(Qt::BackgroundRole).isValid()); // coloured
            CHECK_FALSE(submitted.data(Qt::DecorationRole).isNull()); // and an icon
        }
        if (r->reportId > 0 && !r->missingParts.isEmpty())
            ++missingParts;
        if (r->reportId > 0 && r->unit.contains(u"第6局"_s))
            CHECK(r->missingParts == QList<int>{3});
    }
    CHECK(late > 20);
    CHECK(missingParts > 20);
    if (screenshot) {
        OverviewWindow *w = d.window->showOverview();
        w->resize(1366, 768);
        // The problem columns in view: the due dates are the same for every unit.
        view->setColumnHidden(OverviewModel::SubmitDueColumn, true);
        view->setColumnHidden(OverviewModel::PublishDueColumn, true);
        view->setColumnHidden(OverviewModel::KindColumn, true);
        settle(200);
        CHECK(w->grab().save(QDir(qEnvironmentVariable("FAZHI_SCREENSHOT_DIR")).filePath(u"overview-district.png"_s)));
        QCoreApplication::removeTranslator(&chinese);
    }
}

TEST_CASE("the overview sorts and filters by any column", "[gui][overview]")
{
    District d(60);
    OverviewPage *page = d.overview()->overviewPage();
    QTreeView *view = page->view();
    const QModelIndex top = view->model()->index(0, 0);

    view->sortByColumn(OverviewModel::ProblemsOverdueColumn, Qt::DescendingOrder);
    const int units = view->model()->rowCount(top);
    REQUIRE(units == 59);
    int previous = INT_MAX;
    for (int r = 0; r < units; ++r) {
        const int overdue = view->model()->index(r, OverviewModel::ProblemsOverdueColumn, top).data(OverviewModel::SortRole).toInt();
        CHECK(overdue <= previous);
        previous = overdue;
    }
    CHECK(view->model()->index(0, OverviewModel::ProblemsOverdueColumn, top).data(OverviewModel::AlertRole).toInt() == 2);

    view->sortByColumn(OverviewModel::UnitColumn, Qt::AscendingOrder);
    // Filter by one column's text: the township rows only (their superior stays, for the tree).
    page->setFilter(OverviewModel::KindColumn, unitKindLabel(UnitKind::Township));
    const QList<QModelIndex> townships = allRows(view->model());
    CHECK(townships.size() == 1 + 59 / 4);
    for (const QModelIndex &i : townships.mid(1))
        CHECK(i.data().toString().contains(u"镇"_s));
    // Filter by any column: a date.
    page->setFilter(-1, u"2026-03-15"_s);
    CHECK(allRows(view->model()).size() > 1);
    page->setFilter(-1, QString());
    // Only units with something late, missing or overdue.
    page->setProblemsOnly(true);
    const QList<QModelIndex> withProblems = allRows(view->model());
    CHECK(withProblems.size() < 60);
    for (const QModelIndex &i : withProblems.mid(1))
        CHECK(i.data(OverviewModel::RowProblemRole).toBool());
}

TEST_CASE("double-clicking a cell opens the report where the cell is explained", "[gui][overview]")
{
    District d(60);
    OverviewPage *page = d.overview()->overviewPage();
    QTreeView *view = page->view();
    const QList<QModelIndex> rows = allRows(view->model());

    // An overdue problem: the problems tab, at that problem.
    QModelIndex overdue;
    for (const QModelIndex &i : rows)
        if (i.siblingAtColumn(OverviewModel::ProblemsOverdueColumn).data(OverviewModel::SortRole).toInt() > 0) {
            overdue = i.siblingAtColumn(OverviewModel::ProblemsOverdueColumn);
            break;
        }
    REQUIRE(overdue.isValid());
    const OverviewTarget target = page->targetFor(overdue);
    CHECK(target.place == OverviewTarget::Place::Problem);
    REQUIRE(target.refId > 0);
    doubleClick(view, overdue);
    REQUIRE(waitFor([&] { return d.window->session() && d.window->session()->reportId() == target.reportId; }));
    auto *tabs = d.window->findChild<QTabWidget *>(u"workspaceTabs"_s);
    REQUIRE(tabs);
    CHECK(tabs->currentIndex() == 2);
    auto *problems = d.window->problemsTab()->findChild<QTableWidget *>(u"problemsTable"_s);
    REQUIRE(problems);
    REQUIRE(problems->currentRow() >= 0);
    CHECK(problems->item(problems->currentRow(), 0)->data(Qt::UserRole).toLongLong() == target.refId);

    // A missing part: the checklist, at the finding that names it.
    QModelIndex missing;
    for (const QModelIndex &i : rows)
        if (i.siblingAtColumn(OverviewModel::MissingPartsColumn).data(OverviewModel::AlertRole).toInt() == 1) {
            missing = i.siblingAtColumn(OverviewModel::MissingPartsColumn);
            break;
        }
    REQUIRE(missing.isValid());
    doubleClick(view, missing);
    const qint64 missingReport = page->model()->row(qobject_cast<const QSortFilterProxyModel *>(view->model())->mapToSource(missing))->reportId;
    REQUIRE(waitFor([&] { return d.window->session()->reportId() == missingReport; }));
    const QList<Finding> &findings = d.window->checklist()->result().findings;
    CHECK(std::any_of(findings.begin(), findings.end(), [](const Finding &f) { return f.message.startsWith(u"缺少"_s); }));
}

TEST_CASE("a unit's years side by side, with the problem carried from the year before", "[gui][overview]")
{
    District d(20);
    OverviewWindow *w = d.overview();
    const qint64 unit = UnitRepository(d.db).findByName(u"江津区第5局"_s)->id; // 5 % 4 == 1: carried problem
    w->unitYearsPage()->showUnit(unit);
    QTableWidget *table = w->unitYearsPage()->table();
    REQUIRE(table->columnCount() == 2);
    CHECK(table->horizontalHeaderItem(0)->text() == u"2024"_s);
    // The metric row shows the change on the year before.
    bool change = false;
    for (int r = 0; r < table->rowCount(); ++r)
        if (table->item(r, 1) && table->item(r, 1)->text().contains(u"增长"_s))
            change = true;
    CHECK(change);
    QTreeWidget *chains = w->unitYearsPage()->chains();
    REQUIRE(chains->topLevelItemCount() == 1);
    CHECK(chains->topLevelItem(0)->text(0) == u"2025"_s);
    REQUIRE(chains->topLevelItem(0)->childCount() == 1);
    CHECK(chains->topLevelItem(0)->child(0)->text(0) == u"2024"_s);

    w->metricsPage()->setYear(2025);
    QTableWidget *metrics = w->metricsPage()->table();
    CHECK(metrics->rowCount() == 1 + 19 - 2); // units with a 2025 report (7 and 17 have none), and the total
    double sum = 0;
    for (int r = 1; r < metrics->rowCount(); ++r)
        if (metrics->item(r, 1))
            sum += metrics->item(r, 1)->text().toDouble();
    CHECK(metrics->item(0, 1)->text().toDouble() == sum);
}

TEST_CASE("search shows hits in context and opens the report at the hit", "[gui][overview][search]")
{
    District d(20);
    OverviewWindow *w = d.overview();
    w->showTab(OverviewWindow::SearchTab);
    SearchPage *search = w->searchPage();
    search->search(u"复议"_s);
    QTreeWidget *results = search->results();
    REQUIRE(results->topLevelItemCount() > 0);
    QTreeWidgetItem *first = results->topLevelItem(0);
    CHECK(first->text(1) == u"2025"_s);
    const QString excerpt = first->text(3);
    CHECK(excerpt.mid(first->data(3, Qt::UserRole + 10).toInt(), 2) == u"复议"_s);
    results->setCurrentItem(first);
    emit results->itemDoubleClicked(first, 0);
    REQUIRE(waitFor([&] { return d.window->session() != nullptr; }));
    SectionEditor *editor = d.window->sectionEditor();
    CHECK(editor->sectionId() > 0);
    CHECK(editor->bodyEdit()->textCursor().selectedText() == u"复议"_s);
}

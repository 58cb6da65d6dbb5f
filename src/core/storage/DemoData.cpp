// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/DemoData.h"

#include "template/ReportSkeleton.h"
#include "storage/Database.h"
#include "storage/DocumentStore.h"
#include "storage/MetricRepository.h"
#include "storage/PersonRepository.h"
#include "storage/ProblemRepository.h"
#include "storage/ReportRepository.h"
#include "storage/SectionRepository.h"
#include "storage/UnitRepository.h"

using namespace Qt::StringLiterals;

namespace fazhi {

namespace {

struct DemoSubsection
{
    const char16_t *heading;
    const char16_t *body;
};

void fillPart(Database &db, const ReportDocument &doc, int part, const QString &body,
              std::initializer_list<DemoSubsection> subsections)
{
    SectionRepository sections(db);
    for (Section s : doc.parts()) {
        if (s.part != part)
            continue;
        s.body = body;
        sections.update(s);
        int position = 0;
        for (const DemoSubsection &d : subsections) {
            Section sub;
            sub.reportId = s.reportId;
            sub.parentId = s.id;
            sub.position = position++;
            sub.heading = QString::fromUtf16(d.heading);
            sub.body = QString::fromUtf16(d.body);
            sub.runIn = true;
            sections.insert(sub);
        }
    }
}

} // namespace

bool DemoData::seedIfEmpty(Database &db)
{
    UnitRepository units(db);
    if (!units.all().isEmpty())
        return false;

    Transaction tx(db);
    Unit unit;
    unit.fullName = u"示例区城市管理局"_s;
    unit.shortName = u"区城市管理局"_s;
    unit.kind = UnitKind::Department;
    unit.signatories = {u"中共示例区城市管理局委员会"_s, u"示例区城市管理局"_s};
    unit.addressee = u"区委、区政府"_s;
    unit.id = units.insert(unit);

    // Someone for each role, so that a new user sees the reviewers' half too.
    PersonRepository people(db);
    const std::pair<const char16_t *, Role> demoPeople[] = {
        {u"张晓明", Role::Drafter}, {u"李建国", Role::Reviewer}, {u"王志强", Role::Signer}, {u"赵敏", Role::Admin}};
    for (const auto &[name, role] : demoPeople)
        people.insert(Person{.name = QString::fromUtf16(name), .unitId = unit.id, .roles = {{unit.id, role}}});

    DocumentStore store(db);
    ReportRepository reports(db);
    MetricRepository metrics(db);
    ProblemRepository problems(db);

    // Last year's report, already published, so that this year's figures have something to compare with.
    const qint64 previousId = store.createReport(unit.id, 2024, false);
    {
        Report r = *reports.find(previousId);
        r.opening = u"2024年，区城市管理局坚持以习近平法治思想为指导，扎实推进法治政府建设。现将有关情况报告如下："_s;
        r.writtenDate = QDate(2025, 1, 15);
        r.publishedDate = QDate(2025, 2, 20);
        reports.update(r);
        const ReportDocument doc = store.load(previousId, false);
        fillPart(db, doc, 1, {}, {{u"严格规范公正文明执法", u"全年办理行政处罚案件1200件，重大执法决定法制审核率100%。"}});
        fillPart(db, doc, 4, {}, {{u"加强执法队伍建设", u"开展执法人员轮训，全年培训不少于4次。"},
                                  {u"推进执法数字化", u"上线“执法+监督”系统，实现执法全过程记录。"}});
        metrics.set({previousId, u"enforcement_cases"_s, 1200, Approx::Exact, {}, {}});
        metrics.set({previousId, u"admin_review_cases"_s, 10, Approx::Exact, {}, {}});
        metrics.set({previousId, u"leader_court_rate"_s, 100, Approx::Exact, {}, {}});
        Problem p;
        p.reportId = previousId;
        p.text = u"基层执法人员流动性大，办案水平有待提高"_s;
        p.reason = u"镇街执法队伍人员调整频繁，培训成果难以巩固"_s;
        p.measure = u"建立常态化轮训机制"_s;
        p.status = ProblemStatus::InProgress;
        problems.insert(p);
        // Published last: from then on its content is locked.
        reports.setStatus(previousId, ReportStatus::Published);
    }

    const qint64 reportId = store.createReport(unit.id, 2025, true);
    {
        Report r = *reports.find(reportId);
        r.opening = u"2025年，在区委、区政府的正确领导下，区城市管理局坚持以习近平新时代中国特色社会主义思想为指导，"
                    u"深入践行习近平法治思想，紧密结合城市管理工作实际，切实提升依法行政水平。现将有关情况报告如下："_s;
        r.writtenDate = QDate(2026, 1, 13);
        reports.update(r);
        const ReportDocument doc = store.load(reportId, false);
        fillPart(db, doc, 1, {},
                 {{u"深入学习贯彻习近平法治思想",
                   u"一是把习近平法治思想纳入党委理论学习中心组学习重点，全年开展会前学法12次。二是组织法治培训8场，"
                   u"参训560人次。"},
                  {u"严格规范公正文明执法",
                   u"全面落实行政执法三项制度，全年办理行政处罚案件1500余件，重大执法决定法制审核率100%。"},
                  {u"依法化解矛盾纠纷", u"办理行政复议案件8件，行政诉讼13件，行政机关负责人出庭应诉率达100%。"}});
        fillPart(db, doc, 2, u"一是基层执法人员流动性大，办案水平有待提高。二是普法宣传的针对性还不够强。"
                             u"究其原因，主要是培训机制不够健全，普法工作缺少精准分析。"_s, {});
        fillPart(db, doc, 3, u"局党委书记、局长认真履行推进法治建设第一责任人职责，主持召开党委会专题研究法治政府建设4次，"
                             u"带头述法。"_s, {});
        fillPart(db, doc, 4, u"一是建立执法人员常态化轮训机制。二是开展“精准普法”行动。"_s, {});
        fillPart(db, doc, 5, u"无。"_s, {});
        metrics.set({reportId, u"enforcement_cases"_s, 1500, Approx::MoreThan, {}, {}});
        metrics.set({reportId, u"admin_review_cases"_s, 8, Approx::Exact, {}, {}});
        metrics.set({reportId, u"admin_litigation_cases"_s, 13, Approx::Exact, {}, {}});
        metrics.set({reportId, u"leader_court_rate"_s, 100, Approx::Exact, {}, {}});
        metrics.set({reportId, u"training_sessions"_s, 8, Approx::Exact, {}, {}});
        metrics.set({reportId, u"training_attendance"_s, 560, Approx::Exact, {}, {}});
    }
    tx.commit();
    return true;
}

} // namespace fazhi

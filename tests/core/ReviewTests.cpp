// SPDX-License-Identifier: GPL-3.0-or-later
// Review and sign-off: the state machine with its roles, versions, anchored comments and the audit chain.
#include "TestDatabase.h"
#include "TestSupport.h"

#include "review/CommentAnchor.h"
#include "review/ReviewWorkflow.h"
#include "storage/AuditLog.h"
#include "storage/CommentRepository.h"
#include "storage/Database.h"
#include "storage/DocumentStore.h"
#include "storage/MetricRepository.h"
#include "storage/PersonRepository.h"
#include "storage/ReportRepository.h"
#include "storage/SectionRepository.h"
#include "storage/UnitRepository.h"
#include "storage/VersionRepository.h"
#include "util/Failure.h"

#include <QSqlQuery>

using namespace fazhi;
using namespace Qt::StringLiterals;

namespace {

/// A district government with one department; a drafter and a reviewer in the department, a reviewer, a
/// signer and an admin at the district, and a drafter of another department.
struct Office
{
    QTemporaryDir dir;
    test::TestDatabase where{dir, u"review.sqlite"_s};
    Database db;
    qint64 district = 0, department = 0, otherDepartment = 0, report = 0;
    Person drafter, reviewer, districtReviewer, signer, admin, otherDrafter;

    Office()
    {
        db.open(where.location());
        UnitRepository units(db);
        district = units.insert({.fullName = u"重庆市江津区人民政府"_s, .kind = UnitKind::Government});
        department = units.insert({.fullName = u"重庆市江津区城市管理局"_s, .kind = UnitKind::Department, .parentId = district});
        otherDepartment = units.insert({.fullName = u"重庆市江津区司法局"_s, .kind = UnitKind::Department, .parentId = district});
        report = DocumentStore(db).createReport(department, 2025, false);
        drafter = person(u"张起草"_s, department, {{department, Role::Drafter}});
        reviewer = person(u"李审核"_s, department, {{department, Role::Reviewer}});
        districtReviewer = person(u"王督察"_s, district, {{district, Role::Reviewer}});
        signer = person(u"赵签发"_s, district, {{district, Role::Signer}});
        admin = person(u"钱管理"_s, district, {{district, Role::Admin}});
        otherDrafter = person(u"孙起草"_s, otherDepartment, {{otherDepartment, Role::Drafter}});
    }
    Person person(const QString &name, qint64 unit, QList<RoleGrant> roles)
    {
        Person p{.name = name, .unitId = unit, .roles = roles};
        p.id = PersonRepository(db).insert(p);
        return *PersonRepository(db).find(p.id);
    }
    ReviewWorkflow as(const Person &p) { return ReviewWorkflow(db, p); }
    ReportStatus status() { return ReportRepository(db).find(report)->status; }
    int auditCount() { return int(AuditLog(db).all().size()); }
    void setFirstBody(const QString &body)
    {
        for (Section s : SectionRepository(db).forReport(report)) {
            if (!s.isPart())
                continue;
            SectionRepository(db).updateBody(s.id, body);
            return;
        }
    }
    Section firstPart()
    {
        for (const Section &s : SectionRepository(db).forReport(report))
            if (s.isPart())
                return s;
        FAIL("no part");
        return {};
    }
};

/// Runs `step`, requires a refusal, and checks that nothing changed: status, audit trail, versions.
template<typename Step>
void requireRefused(Office &o, Step step, const QString &messagePart = {})
{
    const ReportStatus before = o.status();
    const int audits = o.auditCount();
    const qsizetype versions = VersionRepository(o.db).forReport(o.report).size();
    try {
        step();
        FAIL("the step was allowed");
    } catch (const Failure &f) {
        INFO(f.message().toStdString());
        if (!messagePart.isEmpty())
            CHECK(f.message().contains(messagePart));
    }
    CHECK(o.status() == before);
    CHECK(o.auditCount() == audits);
    CHECK(VersionRepository(o.db).forReport(o.report).size() == versions);
    CHECK(o.db.transactionDepth() == 0);
}

} // namespace

TEST_CASE("a report goes from draft to published, each step by its role and audited", "[review]")
{
    Office o;
    o.as(o.drafter).submit(o.report);
    CHECK(o.status() == ReportStatus::Submitted);
    o.as(o.reviewer).returnReport(o.report, u"第一部分缺少数据"_s);
    CHECK(o.status() == ReportStatus::Returned);
    o.as(o.drafter).submit(o.report);
    o.as(o.districtReviewer).approve(o.report);
    CHECK(o.status() == ReportStatus::Approved);
    o.as(o.signer).publish(o.report, QDate(2026, 3, 20), u"https://www.jiangjin.gov.cn/fzzf/2025.html"_s);
    CHECK(o.status() == ReportStatus::Published);
    const Report r = *ReportRepository(o.db).find(o.report);
    CHECK(r.publishedDate == QDate(2026, 3, 20));
    CHECK(r.publishedUrl == u"https://www.jiangjin.gov.cn/fzzf/2025.html"_s);

    QStringList actions;
    for (const AuditEntry &e : AuditLog(o.db).forReport(o.report))
        actions << e.action + u'/' + e.person;
    CHECK(actions == QStringList{u"submit/张起草"_s, u"return/李审核"_s, u"submit/张起草"_s, u"approve/王督察"_s,
                                 u"publish/赵签发"_s});
    CHECK(VersionRepository(o.db).forReport(o.report).size() == 2);
    CHECK(AuditLog(o.db).verify().ok);

    o.as(o.admin).reopen(o.report, u"发布后发现数据错误"_s);
    CHECK(o.status() == ReportStatus::Draft);
}

TEST_CASE("every transition refuses the wrong role and the wrong state, changing nothing", "[review]")
{
    Office o;
    // From draft: only the unit's drafter submits.
    requireRefused(o, [&] { o.as(o.reviewer).submit(o.report); }, u"起草人"_s);
    requireRefused(o, [&] { o.as(o.otherDrafter).submit(o.report); });
    requireRefused(o, [&] { o.as(o.reviewer).approve(o.report); }, u"草稿"_s);
    requireRefused(o, [&] { o.as(o.reviewer).returnReport(o.report, u"x"_s); });
    requireRefused(o, [&] { o.as(o.signer).publish(o.report, QDate(2026, 3, 1), u"https://a.gov.cn"_s); });
    requireRefused(o, [&] { o.as(o.admin).reopen(o.report, u"x"_s); });

    o.as(o.drafter).submit(o.report);
    requireRefused(o, [&] { o.as(o.drafter).submit(o.report); });
    requireRefused(o, [&] { o.as(o.drafter).approve(o.report); });
    requireRefused(o, [&] { o.as(o.otherDrafter).returnReport(o.report, u"x"_s); });
    requireRefused(o, [&] { o.as(o.reviewer).returnReport(o.report, QString()); }, u"理由"_s);
    requireRefused(o, [&] { o.as(o.signer).publish(o.report, QDate(2026, 3, 1), u"https://a.gov.cn"_s); });
    // A submitted report's content is locked for every writer.
    requireRefused(o, [&] { o.setFirstBody(u"报送后改动"_s); }, u"不能修改"_s);
    requireRefused(o, [&] { MetricRepository(o.db).set({o.report, u"admin_review_cases"_s, 3, fazhi::Approx::Exact, {}, {}}); });

    o.as(o.reviewer).approve(o.report);
    requireRefused(o, [&] { o.as(o.reviewer).publish(o.report, QDate(2026, 3, 1), u"https://a.gov.cn"_s); }, u"签发人"_s);
    requireRefused(o, [&] { o.as(o.signer).publish(o.report, QDate(), u"https://a.gov.cn"_s); });
    requireRefused(o, [&] { o.as(o.signer).publish(o.report, QDate(2026, 3, 1), u"网站"_s); });
    requireRefused(o, [&] { o.as(o.admin).reopen(o.report, QString()); });
    requireRefused(o, [&] { o.as(o.drafter).reopen(o.report, u"x"_s); });
}

TEST_CASE("nobody approves a version they wrote or edited", "[review][duties]")
{
    Office o;
    // The reviewer also holds the drafter role and edits the report before the drafter submits.
    PersonRepository(o.db).grant(o.reviewer.id, o.department, Role::Drafter);
    o.reviewer = *PersonRepository(o.db).find(o.reviewer.id);
    o.as(o.reviewer).noteEdit(o.report);
    o.as(o.drafter).submit(o.report);
    requireRefused(o, [&] { o.as(o.reviewer).approve(o.report); }, u"不能自己审核"_s);
    // Someone else approves.
    o.as(o.districtReviewer).approve(o.report);
    CHECK(o.status() == ReportStatus::Approved);
}

TEST_CASE("a returned report needs a reason or an open comment", "[review]")
{
    Office o;
    o.setFirstBody(u"全年办理行政复议案件8件。"_s);
    o.as(o.drafter).submit(o.report);
    o.as(o.reviewer).addComment(o.report, 0, u"8件"_s, u"请核实数字"_s);
    o.as(o.reviewer).returnReport(o.report, QString());
    CHECK(o.status() == ReportStatus::Returned);
}

TEST_CASE("restoring a version brings back its text and metrics, and keeps what was there", "[review][versions]")
{
    Office o;
    o.setFirstBody(u"第一稿的正文。"_s);
    MetricRepository(o.db).set({o.report, u"admin_review_cases"_s, 8, fazhi::Approx::Exact, {}, {}});
    const int first = o.as(o.drafter).saveVersion(o.report, u"初稿"_s);
    o.setFirstBody(u"改过的正文。"_s);
    MetricRepository(o.db).set({o.report, u"admin_review_cases"_s, 12, fazhi::Approx::Exact, {}, {}});

    o.as(o.drafter).restoreVersion(o.report, first);
    CHECK(o.firstPart().body == u"第一稿的正文。"_s);
    const QList<MetricValue> metrics = MetricRepository(o.db).forReport(o.report);
    REQUIRE(metrics.size() == 1);
    CHECK(metrics.first().value == 8);
    // The text before the restore is a version of its own.
    const QList<ReportVersion> versions = VersionRepository(o.db).forReport(o.report, true);
    REQUIRE(versions.size() == 2);
    CHECK(versions.last().kind == ReportVersion::Kind::BeforeRestore);
    CHECK(versions.last().content.contains(u"改过的正文。"_s));
    requireRefused(o, [&] { o.as(o.reviewer).restoreVersion(o.report, first); });
}

TEST_CASE("a comment stays on its words while the text around them changes", "[review][comments]")
{
    Comment c;
    const QString text = u"全年共办理行政复议案件8件，其中维持5件。全年共办理行政诉讼案件8件。"_s;
    const int at = int(text.lastIndexOf(u"8件"_s));
    const CommentAnchor::Place place = CommentAnchor::at(text, at, 2);
    c.quote = u"8件"_s;
    c.start = place.start;
    c.prefix = place.prefix;
    c.suffix = place.suffix;

    SECTION("text inserted before the words")
    {
        const QString edited = u"2025年，"_s + text;
        CHECK(CommentAnchor::locate(c, edited).start == edited.lastIndexOf(u"8件"_s));
    }
    SECTION("text changed after the words")
    {
        const QString edited = text.left(text.size() - 1) + u"，同比下降。"_s;
        CHECK(CommentAnchor::locate(c, edited).start == at);
    }
    SECTION("the same words elsewhere do not capture the comment")
    {
        const QString edited = u"共8件。"_s + text;
        CHECK(CommentAnchor::locate(c, edited).start == edited.lastIndexOf(u"8件"_s));
    }
    SECTION("the words edited away leave the comment orphaned")
    {
        QString edited = text;
        edited.replace(u"8件"_s, u"九件"_s);
        CHECK(CommentAnchor::locate(c, edited).start == -1);
    }
}

TEST_CASE("comments follow edits in the database and are orphaned, never dropped", "[review][comments]")
{
    Office o;
    o.setFirstBody(u"一是深化行政执法体制改革。二是加强执法监督。"_s);
    const qint64 id = o.as(o.reviewer).addComment(o.report, 0, u"加强执法监督"_s, u"请补充具体措施"_s);
    o.setFirstBody(u"今年，一是深化行政执法体制改革，完成综合执法队伍整合。二是加强执法监督。"_s);
    o.as(o.reviewer).refreshAnchors(o.report);
    auto c = CommentRepository(o.db).find(id);
    REQUIRE(c);
    CHECK(o.firstPart().body.mid(c->start, c->quote.size()) == u"加强执法监督"_s);
    o.setFirstBody(u"今年，一是深化行政执法体制改革。"_s);
    o.as(o.reviewer).refreshAnchors(o.report);
    c = CommentRepository(o.db).find(id);
    REQUIRE(c);
    CHECK(c->isOrphaned());
    o.as(o.drafter).resolveComment(id);
    CHECK(CommentRepository(o.db).find(id)->status == Comment::Status::Resolved);
}

TEST_CASE("the audit chain detects an edited, a deleted, a reordered and a dropped newest entry", "[review][audit]")
{
    Office o;
    AuditLog log(o.db);
    for (int i = 0; i < 6; ++i)
        log.append(u"张起草"_s, o.report, u"comment"_s, 0, u"批注 %1"_s.arg(i));
    REQUIRE(log.verify().ok);
    const QList<AuditEntry> entries = log.all();
    QSqlQuery q(o.db.connection());

    SECTION("edited")
    {
        REQUIRE(q.exec(u"UPDATE audit_log SET detail = '批注 改' WHERE id = %1"_s.arg(entries.at(2).id)));
        const auto v = log.verify();
        CHECK_FALSE(v.ok);
        CHECK(v.firstBrokenId == entries.at(2).id);
    }
    SECTION("deleted")
    {
        REQUIRE(q.exec(u"DELETE FROM audit_log WHERE id = %1"_s.arg(entries.at(1).id)));
        const auto v = log.verify();
        CHECK_FALSE(v.ok);
        CHECK(v.firstBrokenId == entries.at(2).id);
    }
    SECTION("reordered")
    {
        REQUIRE(q.exec(u"UPDATE audit_log SET id = -1 WHERE id = %1"_s.arg(entries.at(3).id)));
        REQUIRE(q.exec(u"UPDATE audit_log SET id = %1 WHERE id = %2"_s.arg(entries.at(3).id).arg(entries.at(4).id)));
        REQUIRE(q.exec(u"UPDATE audit_log SET id = %1 WHERE id = -1"_s.arg(entries.at(4).id)));
        const auto v = log.verify();
        CHECK_FALSE(v.ok);
        CHECK(v.firstBrokenId == entries.at(3).id);
    }
    SECTION("newest dropped")
    {
        REQUIRE(q.exec(u"DELETE FROM audit_log WHERE id = %1"_s.arg(entries.last().id)));
        CHECK_FALSE(log.verify().ok);
    }
}

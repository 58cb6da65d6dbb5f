// SPDX-License-Identifier: GPL-3.0-or-later
// Suggestions from a reviewer's Word document: placed on the report's words, accepted or rejected one by one
// or all at once by the drafter only, refused while the report is locked, found again after edits.
#include "TestSupport.h"

#include "review/ReviewWorkflow.h"
#include "review/TrackedDocx.h"
#include "review/WordReview.h"
#include "storage/AuditLog.h"
#include "storage/CommentRepository.h"
#include "storage/Database.h"
#include "storage/DocumentStore.h"
#include "storage/PersonRepository.h"
#include "storage/ReportRepository.h"
#include "storage/SectionRepository.h"
#include "storage/SuggestionRepository.h"
#include "storage/UnitRepository.h"
#include "text/ReportLayout.h"
#include "util/Failure.h"
#include "util/PasswordHash.h"

using namespace fazhi;
using namespace Qt::StringLiterals;

namespace {

const QString kBody = u"一是严格审查行政规范性文件。\n二是聘请法律顾问审核文件内容。\n三是落实重大行政决策制度。"_s;

struct Desk
{
    QTemporaryDir dir;
    Database db;
    qint64 unit = 0, report = 0, section = 0;
    Person drafter, reviewer, stranger;

    Desk()
    {
        db.open(dir.filePath(u"word.sqlite"_s));
        unit = UnitRepository(db).insert({.fullName = u"重庆市江津区城市管理局"_s});
        const qint64 other = UnitRepository(db).insert({.fullName = u"重庆市江津区司法局"_s});
        report = DocumentStore(db).createReport(unit, 2025, false);
        for (const Section &s : SectionRepository(db).forReport(report))
            if (s.isPart()) {
                section = s.id;
                SectionRepository(db).updateBody(s.id, kBody);
                break;
            }
        drafter = person(u"张起草"_s, unit, Role::Drafter);
        reviewer = person(u"李审核"_s, unit, Role::Reviewer);
        stranger = person(u"孙起草"_s, other, Role::Drafter);
    }
    Person person(const QString &name, qint64 u, Role role)
    {
        Person p{.name = name, .unitId = u, .roles = {{u, role}}};
        p.id = PersonRepository(db).insert(p);
        return *PersonRepository(db).find(p.id);
    }
    QString body() { return SectionRepository(db).find(section)->body; }

    /// The report as Word would show it (a layout block a paragraph), with `edit` applied by the reviewer.
    TrackedDocx reviewed()
    {
        TrackedDocx d;
        const ReportLayout layout = ReportLayout::build(DocumentStore(db).load(report, false));
        for (const LayoutBlock &b : layout.blocks())
            d.original += b.text + u'\n';
        return d;
    }
    static void change(TrackedDocx &d, TrackedDocx::Change::Kind kind, const QString &anchor, int shift,
                       const QString &text)
    {
        const qsizetype at = d.original.indexOf(anchor);
        REQUIRE(at >= 0);
        d.changes.append({kind, int(at) + shift, text, u"李审核"_s, QDateTime::currentDateTimeUtc()});
    }
};

} // namespace

TEST_CASE("tracked changes become suggestions on the words they change, and comments comments on their words",
          "[review][suggestions]")
{
    Desk desk;
    TrackedDocx d = desk.reviewed();
    using Kind = TrackedDocx::Change::Kind;
    Desk::change(d, Kind::Deleted, u"一是严格审查"_s, 2, u"严格"_s);             // a deletion
    Desk::change(d, Kind::Inserted, u"聘请法律顾问"_s, 2, u"专业"_s);           // an insertion
    Desk::change(d, Kind::Inserted, u"三是落实"_s, 0, u"四是加强备案审查。\n"_s); // a new paragraph
    const qsizetype quoted = d.original.indexOf(u"落实重大行政决策"_s) + 2;
    d.comments.append({u"0"_s, u"李审核"_s, QDateTime::currentDateTimeUtc(), u"请补充决策目录。"_s, {}, int(quoted), int(quoted) + 6});
    d.comments.append({u"1"_s, u"张起草"_s, QDateTime::currentDateTimeUtc(), u"已补充。"_s, u"0"_s, -1, -1});

    const int auditBefore = int(AuditLog(desk.db).all().size());
    const WordReview::Imported imported = WordReview(desk.db, desk.reviewer).import(desk.report, d, u"审阅稿.docx"_s);
    REQUIRE(imported.suggestions.size() == 3);
    CHECK(imported.unplaced == 0);
    REQUIRE(imported.comments.size() == 2);
    CHECK(int(AuditLog(desk.db).all().size()) == auditBefore + 1);
    CHECK(desk.body() == kBody); // importing changes nothing in the text

    const QList<Suggestion> list = SuggestionRepository(desk.db).forReport(desk.report);
    CHECK(list.at(0).target == Suggestion::Target::Body);
    CHECK(list.at(0).sectionId == desk.section);
    CHECK(list.at(0).oldText == u"严格"_s);
    CHECK(kBody.mid(list.at(0).start, 2) == u"严格"_s);
    CHECK(list.at(1).newText == u"专业"_s);
    CHECK(list.at(2).newText == u"四是加强备案审查。\n"_s);

    const Comment first = *CommentRepository(desk.db).find(imported.comments.at(0));
    CHECK(first.author == u"李审核"_s);
    CHECK(first.sectionId == desk.section);
    CHECK(first.quote == u"重大行政决策"_s);
    CHECK(kBody.mid(first.start, 6) == first.quote);
    const Comment reply = *CommentRepository(desk.db).find(imported.comments.at(1));
    CHECK(reply.parentId == first.id);

    SECTION("accepted one by one, each as an audited edit; the others keep their places")
    {
        WordReview drafter(desk.db, desk.drafter);
        drafter.accept(list.at(1).id);
        CHECK(desk.body().contains(u"聘请专业法律顾问"_s));
        drafter.accept(list.at(0).id);
        drafter.reject(list.at(2).id);
        CHECK(desk.body() == u"一是审查行政规范性文件。\n二是聘请专业法律顾问审核文件内容。\n三是落实重大行政决策制度。"_s);
        CHECK(AuditLog(desk.db).all().last().action == u"suggestion-reject"_s);
        CHECK(AuditLog(desk.db).verify().ok);
        CHECK_THROWS_AS(drafter.accept(list.at(0).id), Failure); // decided already
    }
    SECTION("accepted all at once")
    {
        CHECK(WordReview(desk.db, desk.drafter).acceptAll(desk.report).isEmpty());
        CHECK(desk.body() == u"一是审查行政规范性文件。\n二是聘请专业法律顾问审核文件内容。\n四是加强备案审查。\n三是落实重大行政决策制度。"_s);
    }
    SECTION("rejected all at once: nothing changes")
    {
        CHECK(WordReview(desk.db, desk.drafter).rejectAll(desk.report) == 3);
        CHECK(desk.body() == kBody);
        CHECK(SuggestionRepository(desk.db).openCount(desk.report) == 0);
    }
    SECTION("found again after the drafter edited around them")
    {
        SectionRepository(desk.db).updateBody(desk.section, u"总体情况如下。\n"_s + kBody);
        WordReview(desk.db, desk.drafter).accept(list.at(1).id);
        CHECK(desk.body().contains(u"聘请专业法律顾问"_s));
    }
    SECTION("refused when the words are gone, with nothing changed")
    {
        SectionRepository(desk.db).updateBody(desk.section, u"全部改写。"_s);
        const int audit = int(AuditLog(desk.db).all().size());
        CHECK_THROWS_AS(WordReview(desk.db, desk.drafter).accept(list.at(0).id), Failure);
        CHECK(desk.body() == u"全部改写。"_s);
        CHECK(int(AuditLog(desk.db).all().size()) == audit);
        CHECK(SuggestionRepository(desk.db).find(list.at(0).id)->status == Suggestion::Status::Open);
    }
    SECTION("only the unit's drafter decides")
    {
        CHECK_THROWS_AS(WordReview(desk.db, desk.reviewer).accept(list.at(0).id), Failure);
        CHECK_THROWS_AS(WordReview(desk.db, desk.stranger).reject(list.at(0).id), Failure);
        CHECK(desk.body() == kBody);
    }
    SECTION("refused while the report is submitted, as the lock says")
    {
        ReviewWorkflow(desk.db, desk.drafter).submit(desk.report);
        try {
            WordReview(desk.db, desk.drafter).accept(list.at(0).id);
            FAIL("accepted on a submitted report");
        } catch (const Failure &f) {
            CHECK(f.kind() == Failure::Kind::Operation);
            CHECK(f.message().contains(u"不能修改"_s));
        }
        CHECK(desk.body() == kBody);
        CHECK(SuggestionRepository(desk.db).find(list.at(0).id)->status == Suggestion::Status::Open);
    }
}

TEST_CASE("a document without changes or comments, or not a Word document, is refused with nothing stored",
          "[review][suggestions]")
{
    Desk desk;
    CHECK_THROWS_AS(WordReview(desk.db, desk.reviewer).import(desk.report, desk.reviewed(), u"a.docx"_s), Failure);
    CHECK_THROWS_AS(WordReview(desk.db, desk.reviewer).import(desk.report, QByteArray("not a zip"), u"b.docx"_s), Failure);
    CHECK(SuggestionRepository(desk.db).forReport(desk.report).isEmpty());
    TrackedDocx d = desk.reviewed();
    Desk::change(d, TrackedDocx::Change::Kind::Deleted, u"一是严格审查"_s, 2, u"严格"_s);
    CHECK_THROWS_AS(WordReview(desk.db, desk.stranger).import(desk.report, d, u"c.docx"_s), Failure);
    CHECK(SuggestionRepository(desk.db).forReport(desk.report).isEmpty());
}

TEST_CASE("passwords are kept only as a salted slow hash that verifies the right password alone", "[review][password]")
{
    Desk desk;
    const QString hash = PasswordHash::hash(u"正确的密码 1"_s);
    CHECK(hash.startsWith(u"$argon2id$"_s));
    CHECK_FALSE(hash.contains(u"正确的密码"_s));
    CHECK(hash != PasswordHash::hash(u"正确的密码 1"_s)); // salted
    CHECK(PasswordHash::verify(hash, u"正确的密码 1"_s));
    CHECK_FALSE(PasswordHash::verify(hash, u"正确的密码 2"_s));
    CHECK_FALSE(PasswordHash::verify(QString(), QString()));
    CHECK_THROWS_AS(PasswordHash::hash(QString()), Failure);
    PersonRepository(desk.db).setPasswordHash(desk.drafter.id, hash);
    CHECK(PersonRepository(desk.db).find(desk.drafter.id)->hasPassword);
    CHECK(PersonRepository(desk.db).passwordHash(desk.drafter.id) == hash);
}

// SPDX-License-Identifier: GPL-3.0-or-later
// The checklist as configured: data files, switched-off rules, findings marked not applicable, the JSON
// contract, exact fixes, and re-checking from the per-section cache.
#include "CheckFixtures.h"

#include "check/RuleRegistry.h"
#include "storage/Database.h"
#include "storage/DocumentStore.h"
#include "storage/SettingsRepository.h"
#include "storage/WaiverRepository.h"
#include "util/Failure.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>

using namespace fazhi;
using namespace fazhi::test;
using namespace Qt::StringLiterals;

TEST_CASE("every rule of checklist.md is registered once", "[check]")
{
    const QStringList ids = {
        u"structure.title"_s, u"structure.addressee"_s, u"structure.part1.measures"_s, u"structure.part2.shortcomings"_s,
        u"structure.part2.reasons"_s, u"structure.part3.leader-duty"_s, u"structure.part4.next-year"_s,
        u"structure.part5.other"_s, u"structure.order"_s, u"structure.extra-part"_s, u"structure.signature"_s,
        u"structure.date"_s, u"date.format"_s, u"date.report-due"_s, u"date.publish-due"_s, u"year.consistency"_s,
        u"topic.rule-of-law-thought"_s, u"topic.leadership"_s, u"topic.functions"_s, u"topic.normative-docs"_s,
        u"topic.major-decisions"_s, u"topic.enforcement"_s, u"topic.emergency"_s, u"topic.disputes"_s,
        u"topic.supervision"_s, u"topic.digital"_s, u"topic.legal-advisers"_s, u"topic.publicity"_s,
        u"metrics.required"_s, u"metrics.rate-range"_s, u"metrics.text-consistency"_s, u"problems.reasons"_s,
        u"problems.measures"_s, u"problems.carryover"_s, u"lint.punct.halfwidth"_s, u"lint.punct.pairs"_s,
        u"lint.punct.dunhao-quoted"_s, u"lint.enum.sequence"_s, u"lint.enum.punct"_s, u"lint.enum.run-on"_s,
        u"lint.dup-char"_s, u"lint.number.range"_s, u"lint.number.approx"_s, u"lint.number.glued"_s,
        u"lint.doc-number"_s, u"lint.confusable"_s, u"lint.outdated"_s, u"lint.space"_s,
        // Added to the spec's list: figures that contradict themselves, full-width digits.
        u"lint.number.fullwidth"_s, u"lint.number.sum"_s, u"lint.number.rate"_s,
        // Issue 17: numbering as written, headings run into text, template prompts, empty parts, law titles.
        u"structure.numbering"_s, u"structure.heading-glued"_s, u"structure.placeholder"_s, u"structure.empty-part"_s,
        u"lint.citation"_s,
        // A problem carried over and marked rectified that the year's work never describes.
        u"problems.rectified-silent"_s};
    CHECK(RuleRegistry::all().size() == ids.size());
    for (const QString &id : ids) {
        INFO(id.toStdString());
        CHECK(RuleRegistry::find(id));
    }
    for (const TopicSpec &t : Checklist::builtin().topics)
        CHECK(RuleRegistry::find(t.id));
}

TEST_CASE("the built-in checklist data loads, and an installation file adds to it", "[check]")
{
    const Checklist &c = Checklist::builtin();
    CHECK(c.parts.size() == 5);
    CHECK(c.topics.size() == 12);
    CHECK(c.confusables.size() > 30);
    CHECK(c.reduplications.contains(u"层层"_s));

    Checklist extra = c;
    extra.merge(QJsonDocument::fromJson(
                    R"({"confusables":[{"wrong":"执法必严格","right":"执法严格"}],
                        "rules":{"lint.space":{"enabled":false},"lint.dup-char":{"level":"error"}},
                        "disabled":["lint.number.approx"]})")
                    .object());
    CHECK_FALSE(extra.isEnabled(u"lint.space"_s));
    CHECK_FALSE(extra.isEnabled(u"lint.number.approx"_s));
    CHECK(extra.isEnabled(u"lint.dup-char"_s));
    CHECK(extra.confusables.last().right == u"执法严格"_s);
    CHECK_THROWS_AS(Checklist::fromJson({"{not json"}), Failure);

    DocBuilder b;
    b.standardParts();
    b.doc().sections[0].body = u"坚持执法必严格，二是是关键，约100人左右。"_s;
    Checker checker({}, &extra);
    const CheckResult r = checker.check(b.build());
    REQUIRE(findingsOf(r, u"lint.confusable"_s).size() == 1);
    REQUIRE(findingsOf(r, u"lint.dup-char"_s).size() == 1);
    CHECK(findingsOf(r, u"lint.dup-char"_s).first().level == FindingLevel::Error);
    CHECK(findingsOf(r, u"lint.number.approx"_s).isEmpty());
    CHECK_FALSE(r.passed.contains(u"lint.number.approx"_s));
}

TEST_CASE("settings switch rules off and set the deadlines", "[check]")
{
    QTemporaryDir dir;
    Database db;
    db.open(dir.filePath(u"settings.sqlite"_s));
    SettingsRepository settings(db);
    settings.setValue(u"checklist.disabled"_s, u"lint.space, structure.part5.other"_s);
    settings.setValue(u"report_due"_s, u"02-15"_s);
    const CheckOptions o = settings.checkOptions();
    CHECK(o.disabled.contains(u"lint.space"_s));
    CHECK(o.disabled.contains(u"structure.part5.other"_s));
    CHECK(o.reportDueDate(2025) == QDate(2026, 2, 15));
    CHECK(o.publishDueDate(2025) == QDate(2026, 4, 1));

    DocBuilder b;
    b.part(u"主要举措和成效"_s, u"加强 执法。"_s);
    b.doc().report.writtenDate = QDate(2026, 2, 20);
    const CheckResult r = runCheck(b.build(), o);
    CHECK(findingsOf(r, u"lint.space"_s).isEmpty());
    CHECK(findingsOf(r, u"structure.part5.other"_s).isEmpty());
    CHECK(findingsOf(r, u"date.report-due"_s).size() == 1);
}

TEST_CASE("a finding marked not applicable keeps its reason and leaves the list", "[check]")
{
    QTemporaryDir dir;
    Database db;
    db.open(dir.filePath(u"waivers.sqlite"_s));
    DocBuilder b;
    b.part(u"主要举措和成效"_s, u"开展学习。"_s);
    const qint64 reportId = DocumentStore(db).insert(b.build());
    const ReportDocument doc = DocumentStore(db).load(reportId);

    CheckResult before = runCheck(doc);
    const auto part5 = findingsOf(before, u"structure.part5.other"_s);
    REQUIRE(part5.size() == 1);

    WaiverRepository waivers(db);
    CHECK_THROWS_AS(waivers.waive(reportId, u"structure.part5.other"_s, part5.first().anchor(), u"  "_s), Failure);
    waivers.waive(reportId, u"structure.part5.other"_s, part5.first().anchor(), u"本单位无其他需要报告的情况"_s);
    waivers.waive(reportId, u"structure.part5.other"_s, part5.first().anchor(), u"无其他情况"_s);
    const QList<Waiver> stored = waivers.forReport(reportId);
    REQUIRE(stored.size() == 1);
    CHECK(stored.first().reason == u"无其他情况"_s);

    CheckOptions options;
    options.waivers = stored;
    const CheckResult after = runCheck(doc, options);
    CHECK(findingsOf(after, u"structure.part5.other"_s).isEmpty());
    REQUIRE(after.waived.size() == 1);
    CHECK(after.waived.first().waiver.reason == u"无其他情况"_s);
    CHECK_FALSE(after.passed.contains(u"structure.part5.other"_s));

    waivers.remove(reportId, u"structure.part5.other"_s, part5.first().anchor());
    CHECK(waivers.forReport(reportId).isEmpty());
}

TEST_CASE("JSON follows the contract, offsets in code points", "[check]")
{
    DocBuilder b;
    b.standardParts();
    // U+20000 is two UTF-16 units but one code point.
    b.doc().sections[0].body = u"\U00020000字加强学习,提高能力。"_s;
    const CheckResult r = runCheck(b.build());
    const QJsonObject o = r.toJson();
    CHECK(o.value(u"report"_s).toObject().value(u"year"_s).toInt() == 2025);
    const QJsonObject summary = o.value(u"summary"_s).toObject();
    for (const QString &key : {u"errors"_s, u"warnings"_s, u"infos"_s, u"passed"_s, u"score"_s})
        CHECK(summary.contains(key));
    CHECK(summary.value(u"passed"_s).toInt() == r.passed.size());
    const QJsonArray findings = o.value(u"findings"_s).toArray();
    REQUIRE(findings.size() == r.findings.size());
    for (int i = 0; i < findings.size(); ++i) {
        const QJsonObject f = findings.at(i).toObject();
        for (const QString &key : {u"rule"_s, u"level"_s, u"message"_s, u"part"_s, u"offset"_s, u"length"_s,
                                   u"excerpt"_s, u"suggestion"_s})
            CHECK(f.contains(key));
        if (f.value(u"rule"_s).toString() == u"lint.punct.halfwidth"_s) {
            const Finding &finding = r.findings.at(i);
            CHECK(f.value(u"offset"_s).toInt() == finding.offset - 1);
            CHECK(f.value(u"length"_s).toInt() == 1);
            CHECK(f.value(u"fix"_s).toString() == u"，"_s);
            CHECK(f.value(u"part"_s).toInt() == 1);
            CHECK(f.value(u"excerpt"_s).toString().size() <= 20);
        }
        if (!f.value(u"offset"_s).isNull())
            CHECK(f.value(u"excerpt"_s).isString());
    }
}

TEST_CASE("exact fixes give the corrected plain text", "[check]")
{
    DocBuilder b;
    b.standardParts();
    b.doc().sections[0].body = u"1、加强学习,提高能力。一是深化改革，满意率100%二是落实2025年06月13日的部署。"_s;
    const CheckResult r = runCheck(b.build());
    ReportDocument doc = b.build();
    FixApplier::applyAll(doc, ReportLayout::build(doc), r.findings);
    const QString fixed = ReportLayout::build(doc).plainText();
    QStringList found;
    for (const Finding &f : r.findings)
        found.append(u"%1 %2"_s.arg(f.rule, f.excerpt));
    INFO(fixed.toStdString());
    INFO(found.join(u'\n').toStdString());
    CHECK(fixed.contains(u"1.加强学习，提高能力。一是深化改革，满意率100%。二是落实2025年6月13日的部署。"_s));
    CHECK(r.fixableCount() >= 4);
}

TEST_CASE("re-checking after an edit reads only the edited section and finds the same", "[check]")
{
    DocBuilder b;
    b.standardParts();
    Checker checker;
    const CheckResult first = checker.check(b.build());
    CHECK(checker.lastUnitsReused() == 0);

    b.doc().sections[1].body += u"二是是关键。"_s;
    const CheckResult second = checker.check(b.build());
    CHECK(checker.lastUnitsRead() == 1);
    CHECK(checker.lastUnitsReused() > 3);
    CHECK(findingsOf(second, u"lint.dup-char"_s).size() == 1);

    Checker fresh;
    const CheckResult whole = fresh.check(b.build());
    REQUIRE(whole.findings.size() == second.findings.size());
    for (int i = 0; i < whole.findings.size(); ++i) {
        CHECK(whole.findings.at(i).rule == second.findings.at(i).rule);
        CHECK(whole.findings.at(i).offset == second.findings.at(i).offset);
        CHECK(whole.findings.at(i).excerpt == second.findings.at(i).excerpt);
    }
    CHECK(whole.passed == second.passed);

    // A rule switched off and on again finds its findings again.
    CheckOptions off;
    off.disabled.insert(u"lint.dup-char"_s);
    checker.setOptions(off);
    CHECK(findingsOf(checker.check(b.build()), u"lint.dup-char"_s).isEmpty());
    checker.setOptions({});
    CHECK(findingsOf(checker.check(b.build()), u"lint.dup-char"_s).size() == 1);
}

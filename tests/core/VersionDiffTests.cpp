// SPDX-License-Identifier: GPL-3.0-or-later
// Diffs of two states of a real report: a moved subsection, an edited sentence, a changed metric.
#include "TestSupport.h"

#include "import/Importer.h"
#include "import/MarkdownForm.h"
#include "review/VersionDiff.h"

using namespace fazhi;
using namespace Qt::StringLiterals;

namespace {

QString joined(const QList<TextRun> &runs, TextRun::Kind kind)
{
    QString text;
    for (const TextRun &r : runs)
        if (r.kind == kind)
            text += r.text;
    return text;
}

/// Index of the n-th subsection (0-based) of the part at `partIndex` (0-based) in reading order.
int subsectionIndex(const ReportDocument &doc, int partIndex, int n)
{
    int parts = -1;
    int children = 0;
    for (int i = 0; i < doc.sections.size(); ++i) {
        const Section &s = doc.sections.at(i);
        if (s.isPart()) {
            ++parts;
            children = 0;
            continue;
        }
        if (parts == partIndex && children++ == n)
            return i;
    }
    return -1;
}

} // namespace

TEST_CASE("the diff of two versions of a real report finds an edit, a move and a metric", "[review][diff]")
{
    const QString fixture = GENERATE(u"jiangjin-cgj-2025.txt"_s, u"siping-town-2025.txt"_s, u"jiulongpo-cgj-2023.txt"_s);
    INFO(fixture.toStdString());
    // Versions are stored in the lossless Markdown form: diff what a version would hold.
    const ReportDocument before = MarkdownForm::read(MarkdownForm::write(Importer::importFile(test::fixture(fixture)).document));
    ReportDocument after = before;

    // An edited sentence in the first subsection of part one.
    const int edited = subsectionIndex(after, 0, 0);
    REQUIRE(edited >= 0);
    const QString oldBody = after.sections[edited].body;
    REQUIRE(oldBody.size() > 20);
    after.sections[edited].body = oldBody.left(10) + u"（经复核）"_s + oldBody.mid(10);

    // The second subsection of part one moves to the end of part one.
    const int moved = subsectionIndex(after, 0, 1);
    REQUIRE(moved >= 0);
    const QString movedHeading = after.sections.at(moved).heading;
    int lastOfPart = moved;
    while (lastOfPart + 1 < after.sections.size() && !after.sections.at(lastOfPart + 1).isPart())
        ++lastOfPart;
    REQUIRE(lastOfPart > moved);
    after.sections.move(moved, lastOfPart);

    // A metric changes, or appears.
    MetricValue metric{0, u"admin_review_cases"_s, 8, fazhi::Approx::Exact, {}, {}};
    if (const MetricValue *m = before.metric(metric.key))
        metric.value = m->value + 3;
    after.metrics.removeIf([&](const MetricValue &m) { return m.key == metric.key; });
    after.metrics << metric;

    const ReportDiff diff = VersionDiff::reports(before, after);
    int changedSections = 0;
    bool sawMove = false;
    for (const SectionChange &s : diff.sections) {
        if (s.kind == SectionChange::Kind::Changed) {
            ++changedSections;
            CHECK(joined(s.body, TextRun::Kind::Inserted) == u"（经复核）"_s);
            CHECK(joined(s.body, TextRun::Kind::Deleted).isEmpty());
            CHECK(joined(s.body, TextRun::Kind::Same) == oldBody);
        }
        if (s.moved && s.heading == movedHeading)
            sawMove = true;
        CHECK(s.kind != SectionChange::Kind::Added);
        CHECK(s.kind != SectionChange::Kind::Removed);
    }
    CHECK(changedSections == 1);
    CHECK(sawMove);
    CHECK(diff.inserted == 5);
    CHECK(diff.deleted == 0);
    REQUIRE(diff.metrics.size() == 1);
    CHECK(diff.metrics.first().after == QString::number(metric.value, 'g', 15));
    CHECK(VersionDiff::reports(before, before).isEmpty());
}

TEST_CASE("the character diff of Chinese text marks exactly what changed", "[review][diff]")
{
    const QList<TextRun> runs = VersionDiff::text(u"全年办理行政复议案件8件，同比增长10%。"_s, u"全年办理行政复议案件12件，同比增长10%。"_s);
    CHECK(joined(runs, TextRun::Kind::Deleted) == u"8"_s);
    CHECK(joined(runs, TextRun::Kind::Inserted) == u"12"_s);
    CHECK(joined(runs, TextRun::Kind::Same) == u"全年办理行政复议案件件，同比增长10%。"_s);
}

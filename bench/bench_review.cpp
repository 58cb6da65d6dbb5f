// SPDX-License-Identifier: GPL-3.0-or-later
// Review speed: the diff of two versions of a report of about 30,000 characters (one sentence edited in
// every part, a subsection moved, a metric changed), a comment and a transition on a real database, and
// verifying an audit trail of 100,000 entries, the tracked-changes DOCX of the two versions, and importing it
// back as suggestions. Medians of several runs, in milliseconds.
#include "DocxTrackedChanges.h"
#include "import/Importer.h"
#include "import/MarkdownForm.h"
#include "review/ReviewWorkflow.h"
#include "review/VersionDiff.h"
#include "review/WordReview.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/DocumentStore.h"
#include "storage/PersonRepository.h"
#include "storage/UnitRepository.h"
#include "text/ReportLayout.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace fazhi;
using namespace Qt::StringLiterals;

namespace {

double medianMs(int runs, const std::function<void()> &work)
{
    QList<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        work();
        times << t.nsecsElapsed() / 1e6;
    }
    std::sort(times.begin(), times.end());
    return times.at(times.size() / 2);
}

/// The fixtures one after another (two of them twice): over 30,000 characters of real report text.
ReportDocument largeReport()
{
    ReportDocument doc;
    qint64 offset = 0;
    for (const QString &name : {u"jiangjin-cgj-2025.txt"_s, u"jiulongpo-cgj-2023.txt"_s, u"siping-town-2025.txt"_s,
                                u"jiangjin-cgj-2025.txt"_s, u"siping-town-2025.txt"_s}) {
        ReportDocument part = Importer::importFile(QStringLiteral(FAZHI_FIXTURES_DIR "/") + name).document;
        if (doc.sections.isEmpty())
            doc = part, doc.sections.clear();
        qint64 maxId = 0;
        for (Section s : part.sections) {
            maxId = std::max(maxId, s.id);
            s.id += offset;
            if (s.parentId)
                s.parentId += offset;
            s.heading += u"（%1）"_s.arg(offset);
            doc.sections << s;
        }
        offset += maxId + 1;
    }
    return doc;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const ReportDocument before = MarkdownForm::read(MarkdownForm::write(largeReport()));
    ReportDocument after = before;
    for (Section &s : after.sections)
        if (s.isPart() && s.body.size() > 20)
            s.body.insert(10, u"（经复核）"_s);
    for (int i = 1; i + 1 < after.sections.size(); ++i)
        if (!after.sections.at(i).isPart() && !after.sections.at(i + 1).isPart()) {
            after.sections.swapItemsAt(i, i + 1);
            break;
        }
    after.metrics.append({0, u"admin_review_cases"_s, 12, Approx::Exact, {}, {}});
    const int chars = int(ReportLayout::build(after).plainText().size());
    ReportDiff diff;
    const double diffMs = medianMs(9, [&] { diff = VersionDiff::reports(before, after); });
    std::printf("diff of two versions of %d characters: %.2f ms median of 9 (%d inserted, %d deleted; target 50 ms)\n",
                chars, diffMs, diff.inserted, diff.deleted);

    DocxTrackedChanges::Result word;
    const docx::Revision revision{u"李审核"_s, QDateTime::currentDateTimeUtc()};
    const double docxMs = medianMs(5, [&] { word = DocxTrackedChanges::render(before, after, revision); });
    std::printf("tracked-changes DOCX of the two versions: %.1f ms median of 5 (%d changes, %lld bytes)\n", docxMs,
                word.changes, static_cast<long long>(word.data.size()));
    TrackedDocx readBack;
    const double readMs = medianMs(5, [&] { readBack = TrackedDocx::read(word.data); });
    std::printf("reading its tracked changes back: %.1f ms median of 5 (%lld changes)\n", readMs,
                static_cast<long long>(readBack.changes.size()));

    QTemporaryDir dir;
    Database db;
    db.open(dir.filePath(u"bench.sqlite"_s));
    const qint64 unit = UnitRepository(db).insert({.fullName = u"重庆市江津区城市管理局"_s});
    ReportDocument stored = before;
    stored.unit.id = unit;
    stored.report.status = ReportStatus::Draft;
    const qint64 report = DocumentStore(db).insert(stored);
    Person drafter{.name = u"张起草"_s, .unitId = unit, .roles = {{unit, Role::Drafter}}};
    drafter.id = PersonRepository(db).insert(drafter);
    Person reviewer{.name = u"李审核"_s, .unitId = unit, .roles = {{unit, Role::Reviewer}}};
    reviewer.id = PersonRepository(db).insert(reviewer);
    drafter = *PersonRepository(db).find(drafter.id);
    reviewer = *PersonRepository(db).find(reviewer.id);

    {
        // Importing it as suggestions onto the older version, as stored.
        const double importMs = medianMs(1, [&] {
            WordReview(db, drafter).import(report, readBack, u"bench.docx"_s);
        });
        std::printf("importing them as suggestions on the stored report: %.1f ms\n", importMs);
    }

    QString quote;
    for (const Section &s : DocumentStore(db).load(report, false).sections)
        if (s.body.size() > 30) {
            quote = s.body.mid(10, 8);
            break;
        }
    const double commentMs = medianMs(9, [&] { ReviewWorkflow(db, reviewer).addComment(report, 0, quote, u"请核实"_s); });
    std::printf("adding a comment (anchored, audited, committed): %.2f ms median of 9 (target 10 ms)\n", commentMs);
    const double submitMs = medianMs(1, [&] { ReviewWorkflow(db, drafter).submit(report); });
    const double returnMs = medianMs(1, [&] { ReviewWorkflow(db, reviewer).returnReport(report, u"请补充"_s); });
    std::printf("submit (freezes a %d-character version): %.2f ms; return: %.2f ms (target 10 ms)\n", chars, submitMs,
                returnMs);

    {
        AuditLog log(db);
        Transaction tx(db);
        for (int i = 0; i < 100000; ++i)
            log.append(u"李审核"_s, report, u"comment"_s, 0, u"批注 %1"_s.arg(i));
        tx.commit();
    }
    AuditLog::Verification v;
    const double verifyMs = medianMs(3, [&] { v = AuditLog(db).verify(); });
    std::printf("audit verify of %lld entries: %.1f ms median of 3, chain %s (target 1000 ms)\n",
                static_cast<long long>(v.entries), verifyMs, v.ok ? "intact" : "BROKEN");
    return v.ok ? 0 : 1;
}

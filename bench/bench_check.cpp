// SPDX-License-Identifier: GPL-3.0-or-later
// Checklist speed: a full check of a report of about 30,000 characters (the three fixture reports
// imported and repeated), the median of N runs, and a re-check after a one-character edit.
#include "check/Checker.h"
#include "import/Importer.h"
#include "text/ReportLayout.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>
#include <ctime>

using namespace fazhi;
using namespace Qt::StringLiterals;

namespace {

/// The fixtures' parts, appended again and again until the plain text has at least `minChars` characters.
ReportDocument buildLargeReport(int minChars)
{
    QList<ReportDocument> sources;
    for (const QString &name : {u"jiangjin-cgj-2025.txt"_s, u"jiulongpo-cgj-2023.txt"_s, u"siping-town-2025.txt"_s})
        sources.append(Importer::importFile(QStringLiteral(FAZHI_FIXTURES_DIR "/") + name).document);
    ReportDocument doc = sources.first();
    doc.sections.clear();
    qint64 nextId = 1;
    int position = 0;
    while (true) {
        for (const ReportDocument &src : sources)
            for (const Section &part : src.parts()) {
                if (ReportLayout::build(doc).plainText().size() >= minChars) {
                    doc.normalizeOrder();
                    return doc;
                }
                Section p = part;
                p.id = nextId++;
                p.position = position++;
                doc.sections.append(p);
                for (Section sub : src.subsections(part.id)) {
                    sub.id = nextId++;
                    sub.parentId = p.id;
                    doc.sections.append(sub);
                }
            }
    }
}

/// CPU time of this thread in milliseconds: the machine may be busy with other work.
double cpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.at(v.size() / 2);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int runs = argc > 1 ? std::max(1, atoi(argv[1])) : 30;
    ReportDocument doc = buildLargeReport(30000);
    const QString plain = ReportLayout::build(doc).plainText();
    std::printf("report: %lld characters, %lld sections\n", qlonglong(plain.size()), qlonglong(doc.sections.size()));
    (void)Checklist::builtin();

    QList<double> full;
    QList<double> fullWall;
    int findings = 0;
    QElapsedTimer wall;
    for (int i = 0; i < runs; ++i) {
        Checker checker; // no cache: every section read afresh
        const double start = cpuMs();
        wall.start();
        findings = int(checker.check(doc).findings.size());
        fullWall.append(wall.nsecsElapsed() / 1e6);
        full.append(cpuMs() - start);
    }
    std::printf("(CPU time of the checking thread; wall-clock time in brackets, it includes waiting for a busy machine)\n");
    std::printf("full check: first %.2f ms, median %.2f ms over %d runs [wall %.2f ms] (%d findings)\n", full.first(),
                median(full), runs, median(fullWall), findings);

    QList<double> layoutOnly;
    for (int i = 0; i < runs; ++i) {
        const double start = cpuMs();
        const ReportLayout layout = ReportLayout::build(doc);
        layoutOnly.append(cpuMs() - start);
    }
    std::printf("of which laying out the report: median %.2f ms\n", median(layoutOnly));

    // Re-check after typing one character into one subsection, with the checker kept between checks.
    Checker live;
    live.check(doc);
    QList<double> edits;
    int target = 0;
    for (int i = 0; i < runs; ++i) {
        while (doc.sections.at(target % doc.sections.size()).body.isEmpty())
            ++target;
        Section &s = doc.sections[target % doc.sections.size()];
        s.body.insert(s.body.size() / 2, i % 2 ? u"的"_s : u"，"_s);
        ++target;
        const double start = cpuMs();
        live.check(doc);
        edits.append(cpuMs() - start);
    }
    std::printf("re-check after a 1-character edit: median %.2f ms over %d edits (%d of %d pieces re-read)\n",
                median(edits), runs, live.lastUnitsRead(), live.lastUnitsRead() + live.lastUnitsReused());
    return 0;
}

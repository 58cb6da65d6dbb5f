// SPDX-License-Identifier: GPL-3.0-or-later
// Checklist speed: a full check of a report of about 30,000 characters (the three fixture reports
// imported and repeated), the median of N runs, and a re-check after a one-character edit. Then how the
// time grows with the text: import, layout and check of 0.1 to 4 MB of report text (the fixtures' text
// repeated, as many lines and as one line), per MB, which stays flat when every step is linear.
#include "check/Checker.h"
#include "import/Importer.h"
#include "text/ReportLayout.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>

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

/// The fixtures' text (as published, page furniture and all) repeated until it has `bytes` bytes of
/// UTF-8; as one line when `oneLine` (a copy that lost its line breaks).
QString reportText(qint64 bytes, bool oneLine)
{
    QString unit;
    for (const QString &name : {u"jiangjin-cgj-2025.txt"_s, u"jiulongpo-cgj-2023.txt"_s, u"siping-town-2025.txt"_s}) {
        QFile f(QStringLiteral(FAZHI_FIXTURES_DIR "/") + name);
        if (f.open(QIODevice::ReadOnly))
            unit += QString::fromUtf8(f.readAll()) + u'\n';
    }
    if (oneLine)
        unit.remove(u'\n');
    const qint64 unitBytes = unit.toUtf8().size();
    QString text;
    text.reserve(qsizetype(bytes / 2));
    qint64 have = 0;
    while (have < bytes) {
        const qint64 rest = bytes - have;
        if (rest >= unitBytes) {
            text += unit;
            have += unitBytes;
        } else {
            const QString part = unit.left(qsizetype(rest / 3)); // Chinese text: about three bytes a character
            text += part;
            have += std::max<qint64>(1, part.toUtf8().size());
        }
    }
    return text;
}

/// Import, layout and check of ever longer text: the time per MB of each step.
void scaling()
{
    std::printf("\ntime per MB of report text (CPU ms; flat = linear)\n");
    std::printf("%-10s %6s %9s | %10s %10s %10s %10s | %8s\n", "variant", "MB", "chars", "import", "layout",
                "check", "total", "total/MB");
    for (const bool oneLine : {false, true}) {
        for (const double mb : {0.1, 0.5, 1.0, 2.0, 4.0}) {
            const QString text = reportText(qint64(mb * 1024 * 1024), oneLine);
            double start = cpuMs();
            ReportDocument doc;
            try {
                doc = Importer::importText(text).document;
            } catch (const std::exception &e) {
                std::printf("%-10s %6.1f  refused: %s\n", oneLine ? "one line" : "many lines", mb, e.what());
                continue;
            }
            const double importMs = cpuMs() - start;
            start = cpuMs();
            const ReportLayout layout = ReportLayout::build(doc);
            const double layoutMs = cpuMs() - start;
            start = cpuMs();
            Checker checker;
            const CheckResult result = checker.check(doc, layout);
            const double checkMs = cpuMs() - start;
            const double total = importMs + layoutMs + checkMs;
            std::printf("%-10s %6.1f %9lld | %10.1f %10.1f %10.1f %10.1f | %8.1f   (check/MB %.1f, %lld findings)\n",
                        oneLine ? "one line" : "many lines", mb, qlonglong(text.size()), importMs, layoutMs, checkMs,
                        total, total / mb, checkMs / mb, qlonglong(result.findings.size()));
            std::fflush(stdout);
        }
    }
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    if (args.contains(u"--scaling"_s)) {
        scaling();
        return 0;
    }
    const int runs = !args.isEmpty() ? std::max(1, args.first().toInt()) : 30;
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
    if (!args.contains(u"--no-scaling"_s))
        scaling();
    return 0;
}

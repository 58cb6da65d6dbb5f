// SPDX-License-Identifier: GPL-3.0-or-later
// Export speed on one ~30,000-character report: our DOCX against pandoc, our PDF against LibreOffice
// converting our DOCX. Whole processes are timed on both sides (`fazhi render` included), and in-process
// figures for our exporters and each process's CPU time are printed beside them (the CPU figures tell what
// a busy machine does to the wall times). Targets: DOCX < 1/3 of pandoc, PDF < 1/10 of LibreOffice, OFD (the
// same pages, fonts subset by HarfBuzz) no slower than our PDF, whole process; both files' sizes printed.
#include "DocxExporter.h"
#include "import/MarkdownForm.h"
#include "OfdExporter.h"
#include "OfficialFonts.h"
#include "OfficialPaginator.h"
#include "PdfExporter.h"
#include "text/ReportLayout.h"

#include <QBuffer>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <QScopeGuard>

#include <sys/resource.h>

#include <algorithm>
#include <cstdio>
#include <ctime>

using namespace Qt::StringLiterals;
using namespace fazhi;

namespace {

/// The fixture reports' parts joined, over and over, into one report of about 30,000 characters.
ReportDocument longReport()
{
    ReportDocument doc;
    qint64 nextId = -1;
    int position = 0;
    const QStringList names{u"jiulongpo-cgj-2023"_s, u"siping-town-2025"_s, u"jiangjin-cgj-2025"_s};
    for (int n = 0; n < 12 && ReportLayout::build(doc).plainText().size() < 30000; ++n) {
        const QString &name = names.at(n % names.size());
        QFile f(QStringLiteral(FAZHI_SOURCE_DIR "/tests/data/render/") + name + u".md"_s);
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const ReportDocument part = MarkdownForm::read(QString::fromUtf8(f.readAll()));
        if (doc.report.title.isEmpty()) {
            doc.unit = part.unit;
            doc.report = part.report;
        }
        doc.report.signatories = part.report.signatories;
        doc.report.writtenDate = part.report.writtenDate;
        for (const Section &p : part.parts()) {
            Section s = p;
            s.id = nextId--;
            s.position = position++;
            doc.sections.append(s);
            int child = 0;
            for (Section sub : part.subsections(p.id)) {
                sub.id = nextId--;
                sub.parentId = s.id;
                sub.position = child++;
                doc.sections.append(sub);
            }
        }
    }
    return doc;
}

/// Milliseconds of the fastest of `runs` runs of `work`.
template <typename F> double best(int runs, F work)
{
    double fastest = 1e18;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        if (!work())
            return -1;
        fastest = std::min(fastest, t.nsecsElapsed() / 1e6);
    }
    return fastest;
}

/// CPU seconds (user + system) used by finished child processes so far.
double childCpuMs()
{
    rusage usage{};
    getrusage(RUSAGE_CHILDREN, &usage);
    return (usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1e3 +
           (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e3;
}

double lastCpuMs = 0;

bool runProcess(const QString &program, const QStringList &args, const QString &home = {})
{
    const double cpuBefore = childCpuMs();
    const auto record = qScopeGuard([&] { lastCpuMs = childCpuMs() - cpuBefore; });
    QProcess p;
    if (!home.isEmpty()) {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"HOME"_s, home);
        p.setProcessEnvironment(env);
    }
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, args);
    if (!p.waitForFinished(300000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        std::fprintf(stderr, "%s failed: %s\n", qPrintable(program), p.readAll().constData());
        return false;
    }
    return true;
}

void line(const char *what, double ms)
{
    std::printf("  %-46s %9.1f ms\n", what, ms);
}
/// A process's wall time, and the CPU time of its last run (the machine may be shared).
void processLine(const char *what, double ms)
{
    std::printf("  %-46s %9.1f ms  (CPU %.0f ms)\n", what, ms, lastCpuMs);
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QTemporaryDir dir;
    const ReportDocument doc = longReport();
    const QString md = dir.filePath(u"report.md"_s);
    {
        QFile f(md);
        if (!f.open(QIODevice::WriteOnly))
            return 1;
        f.write(MarkdownForm::write(doc).toUtf8());
    }
    // `bench_export --keep FILE` also leaves the report's Markdown at FILE, for profiling `fazhi render` on it.
    if (const int keep = int(QCoreApplication::arguments().indexOf(u"--keep"_s));
        keep > 0 && keep + 1 < QCoreApplication::arguments().size()) {
        QFile::remove(QCoreApplication::arguments().at(keep + 1));
        QFile::copy(md, QCoreApplication::arguments().at(keep + 1));
    }
    const QString text = ReportLayout::build(doc).plainText();
    std::printf("Report: %lld characters, %lld sections\n", qint64(text.size()), qint64(doc.sections.size()));
    const int runs = 5;
    const QString cli = QStringLiteral(FAZHI_CLI_PATH);
    const QString ourDocx = dir.filePath(u"ours.docx"_s);
    const QString ourPdf = dir.filePath(u"ours.pdf"_s);

    std::printf("\nDOCX (best of %d)\n", runs);
    DocxExporter docx;
    line("our exporter, in process", best(runs, [&] { return docx.write(doc, ourDocx); }));
    const double ourDocxProcess = best(runs, [&] {
        return runProcess(cli, {u"render"_s, md, u"--format"_s, u"docx"_s, u"-o"_s, ourDocx});
    });
    processLine("fazhi render --format docx (whole process)", ourDocxProcess);
    double pandoc = -1;
    if (!QStandardPaths::findExecutable(u"pandoc"_s).isEmpty()) {
        pandoc = best(runs, [&] {
            return runProcess(u"pandoc"_s, {md, u"-o"_s, dir.filePath(u"pandoc.docx"_s)});
        });
        processLine("pandoc report.md -o report.docx", pandoc);
        std::printf("  ratio ours/pandoc: %.2f (target < 0.33) %s\n", ourDocxProcess / pandoc,
                    ourDocxProcess * 3 < pandoc ? "OK" : "MISSED");
    } else {
        std::printf("  pandoc is not installed\n");
    }

    std::printf("\nPDF (best of %d)\n", runs);
    PdfExporter pdf;
    line("our exporter, in process", best(runs, [&] { return pdf.write(doc, ourPdf); }));
    std::printf("  pages: %d\n", pdf.pageCount());
    {
        QElapsedTimer t;
        t.start();
        const OfficialFonts fonts;
        const double fontsMs = t.nsecsElapsed() / 1e6;
        const OfficialPaginator paginator(fonts); // loads each raw font when a glyph first needs it
        const double rawMs = t.nsecsElapsed() / 1e6;
        const auto cpu = [] { return std::clock() * 1000.0 / CLOCKS_PER_SEC; };
        const double cpu0 = cpu();
        const auto pages = paginator.paginate(ReportLayout::build(doc));
        const double layoutMs = t.nsecsElapsed() / 1e6 - rawMs;
        const double cpu1 = cpu();
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setResolution(1200);
        writer.setPageLayout(
            QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(), QPageLayout::Point));
        QPainter painter(&writer);
        const QList<QRawFont> slotFonts = paginator.usedFonts();
        for (int i = 0; i < pages.size(); ++i) {
            if (i)
                writer.newPage();
            painter.resetTransform();
            painter.scale(1200 / 72.0, 1200 / 72.0);
            OfficialPaginator::paint(painter, pages.at(i), slotFonts);
        }
        const double cpu2 = cpu();
        painter.end();
        const double cpu3 = cpu();
        std::printf("  of which: font choice %.1f ms, layout of %lld pages %.1f ms (fonts already loaded)\n",
                    fontsMs, qint64(pages.size()), layoutMs);
        std::printf("  CPU: layout %.0f ms, painting %.0f ms, fonts embedded and file finished %.0f ms\n",
                    cpu1 - cpu0, cpu2 - cpu1, cpu3 - cpu2);
    }
    if (!QStandardPaths::findExecutable(u"libreoffice"_s).isEmpty()) {
        const QString profile = dir.filePath(u"home"_s);
        QDir().mkpath(profile);
        const QStringList loArgs{u"--headless"_s, u"--convert-to"_s, u"pdf"_s, u"--outdir"_s, dir.filePath(u"lo"_s),
                                 ourDocx};
        // One conversion first so that LibreOffice's profile exists. Then rounds of one run of each, so that
        // a busy spell of the machine falls on both sides alike.
        runProcess(u"libreoffice"_s, loArgs, profile);
        const int rounds = 7;
        QList<double> ours, theirs, ratios;
        for (int r = 0; r < rounds; ++r) {
            ours << best(1, [&] {
                return runProcess(cli, {u"render"_s, md, u"--format"_s, u"pdf"_s, u"-o"_s, ourPdf});
            });
            theirs << best(1, [&] { return runProcess(u"libreoffice"_s, loArgs, profile); });
            ratios << ours.last() / theirs.last();
        }
        std::sort(ratios.begin(), ratios.end());
        const double ourBest = *std::min_element(ours.begin(), ours.end());
        const double loBest = *std::min_element(theirs.begin(), theirs.end());
        std::printf("  in %d alternating rounds:\n", rounds);
        line("fazhi render --format pdf, fastest", ourBest);
        line("libreoffice --headless --convert-to pdf, fastest", loBest);
        std::printf("  ratio ours/LibreOffice: fastest to fastest %.3f, median of the rounds %.3f, worst round %.3f "
                    "(target < 0.10) %s\n",
                    ourBest / loBest, ratios.at(rounds / 2), ratios.last(), ourBest * 10 < loBest ? "OK" : "MISSED");
    } else {
        const double ourPdfProcess = best(runs, [&] {
            return runProcess(cli, {u"render"_s, md, u"--format"_s, u"pdf"_s, u"-o"_s, ourPdf});
        });
        processLine("fazhi render --format pdf (whole process)", ourPdfProcess);
        std::printf("  libreoffice is not installed\n");
    }

    std::printf("\nOFD beside PDF (the same pages)\n");
    const QString ourOfd = dir.filePath(u"ours.ofd"_s);
    OfdExporter ofd;
    line("our OFD exporter, in process (best of 5)", best(runs, [&] { return ofd.write(doc, ourOfd); }));
    line("our PDF exporter, in process (best of 5)", best(runs, [&] { return pdf.write(doc, ourPdf); }));
    {
        // Rounds of one run of each, so that a busy spell of the machine falls on both alike.
        const int rounds = 7;
        QList<double> ofdMs, pdfMs, ratios;
        for (int r = 0; r < rounds; ++r) {
            ofdMs << best(1, [&] {
                return runProcess(cli, {u"render"_s, md, u"--format"_s, u"ofd"_s, u"-o"_s, ourOfd});
            });
            pdfMs << best(1, [&] {
                return runProcess(cli, {u"render"_s, md, u"--format"_s, u"pdf"_s, u"-o"_s, ourPdf});
            });
            ratios << ofdMs.last() / pdfMs.last();
        }
        std::sort(ratios.begin(), ratios.end());
        const double ofdBest = *std::min_element(ofdMs.begin(), ofdMs.end());
        const double pdfBest = *std::min_element(pdfMs.begin(), pdfMs.end());
        std::printf("  in %d alternating rounds:\n", rounds);
        line("fazhi render --format ofd, fastest", ofdBest);
        line("fazhi render --format pdf, fastest", pdfBest);
        std::printf("  ratio OFD/PDF: fastest to fastest %.3f, median of the rounds %.3f (target <= 1) %s\n",
                    ofdBest / pdfBest, ratios.at(rounds / 2), ofdBest <= pdfBest ? "OK" : "MISSED");
    }
    std::printf("  pages: OFD %d, PDF %d\n", ofd.pageCount(), pdf.pageCount());
    std::printf("  file sizes: OFD %lld bytes, PDF %lld bytes\n", QFileInfo(ourOfd).size(),
                QFileInfo(ourPdf).size());
    return 0;
}

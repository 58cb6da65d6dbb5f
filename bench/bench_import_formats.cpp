// SPDX-License-Identifier: GPL-3.0-or-later
// Import of PDFs and scans, with pdftotext beside it in the same run:
//  - a 54-page text-layer PDF (a published report lengthened, rendered by us; and LibreOffice's PDF of the
//    same report's Word file), imported by the whole `fazhi import --dry-run` process; target under 1.5 s;
//  - OCR of our PDF of a published report rasterised at 200 dpi by pdftoppm: time per page (target under
//    5 s on 2 cores) and character accuracy against the page's text layer.
// Usage: bench_import_formats [OCR pages, default 3]
#include "Exporter.h"
#include "FormatReaders.h"
#include "OcrEngine.h"
#include "PdfExporter.h"
#include "ScanReader.h"
#include "import/MarkdownForm.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <ctime>

using namespace Qt::StringLiterals;
using namespace fazhi;

namespace {

double run(const QString &program, const QStringList &args, QString *out = nullptr)
{
    QElapsedTimer timer;
    timer.start();
    QProcess p;
    p.start(program, args);
    p.waitForFinished(600000);
    if (out)
        *out = QString::fromUtf8(p.readAllStandardOutput());
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        std::fprintf(stderr, "%s failed: %s\n", qPrintable(program), p.readAllStandardError().constData());
    return double(timer.nsecsElapsed()) / 1e6;
}

ReportDocument fixture(const QString &name)
{
    QFile f(QStringLiteral(FAZHI_SOURCE_DIR "/tests/data/render/") + name + u".md"_s);
    f.open(QIODevice::ReadOnly);
    return MarkdownForm::read(QString::fromUtf8(f.readAll()));
}

/// The report with its subsections' text repeated until the PDF has `pages` pages (or just over).
ReportDocument lengthened(ReportDocument doc, int pages)
{
    const ReportDocument original = doc;
    for (int round = 2; round < 40; ++round) {
        PdfExporter exporter;
        exporter.render(doc);
        if (exporter.pageCount() >= pages)
            return doc;
        const double factor = double(pages) / std::max(1, exporter.pageCount());
        for (qsizetype i = 0; i < doc.sections.size(); ++i)
            if (!doc.sections.at(i).isPart() && (factor > 1.5 || i % 3 == round % 3))
                doc.sections[i].body += u"\n\n"_s + original.sections.at(i).body;
    }
    return doc;
}

QString stripped(const QString &text)
{
    QString out;
    for (const QChar c : text)
        if (!c.isSpace())
            out.append(c);
    return out;
}

double accuracy(const QString &read, const QString &truth)
{
    const QString a = stripped(read), b = stripped(truth);
    QList<int> previous(a.size() + 1), current(a.size() + 1);
    for (qsizetype j = 0; j <= a.size(); ++j)
        previous[j] = int(j);
    for (qsizetype i = 1; i <= b.size(); ++i) {
        current[0] = int(i);
        for (qsizetype j = 1; j <= a.size(); ++j)
            current[j] = std::min({previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (b.at(i - 1) == a.at(j - 1) ? 0 : 1)});
        std::swap(previous, current);
    }
    return b.isEmpty() ? 0 : 1.0 - double(previous[a.size()]) / double(b.size());
}

double cpuSeconds()
{
    timespec t{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return double(t.tv_sec) + double(t.tv_nsec) / 1e9;
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    FormatReaders::registerAll();
    const int ocrPages = argc > 1 ? std::max(1, atoi(argv[1])) : 3;
    QTemporaryDir dir;
    const QString cli = QStringLiteral(FAZHI_CLI_PATH);
    const QString db = dir.filePath(u"bench.sqlite"_s);

    // 1. A 54-page text-layer PDF, ours and LibreOffice's.
    const ReportDocument big = lengthened(fixture(u"jiangjin-cgj-2025"_s), 54);
    PdfExporter pdfExporter;
    const QString ours = dir.filePath(u"long.pdf"_s);
    {
        QFile f(ours);
        f.open(QIODevice::WriteOnly);
        f.write(pdfExporter.render(big));
    }
    std::printf("54-page PDF: %d pages\n", pdfExporter.pageCount());
    QStringList files{ours};
    const QString soffice = QStandardPaths::findExecutable(u"soffice"_s);
    if (!soffice.isEmpty()) {
        const QString docx = dir.filePath(u"long-lo.docx"_s);
        Exporter::create(u"docx"_s)->write(big, docx);
        run(soffice, {u"-env:UserInstallation=file://"_s + dir.filePath(u"profile"_s), u"--headless"_s, u"--convert-to"_s, u"pdf"_s,
                      u"--outdir"_s, dir.path(), docx});
        files.append(dir.filePath(u"long-lo.pdf"_s));
    }
    std::printf("%-16s %18s %18s %14s\n", "file", "fazhi import ms", "(median of 5)", "pdftotext ms");
    bool fast = true;
    for (const QString &file : files) {
        std::vector<double> times;
        for (int i = 0; i < 5; ++i)
            times.push_back(run(cli, {u"--db"_s, db, u"import"_s, file, u"--dry-run"_s}));
        std::sort(times.begin(), times.end());
        const double pdftotext = run(u"pdftotext"_s, {file, dir.filePath(u"out.txt"_s)});
        std::printf("%-16s %18.0f %18.0f %14.0f\n", qPrintable(QFileInfo(file).fileName()), times.front(), times.at(2), pdftotext);
        fast = fast && times.at(2) < 1500;
    }

    // 2. OCR of a published report rendered by us and rasterised at 200 dpi.
    const QString report = dir.filePath(u"report.pdf"_s);
    {
        QFile f(report);
        f.open(QIODevice::WriteOnly);
        f.write(PdfExporter().render(fixture(u"jiangjin-cgj-2025"_s)));
    }
    run(u"pdftoppm"_s, {u"-r"_s, u"200"_s, u"-gray"_s, u"-png"_s, u"-l"_s, QString::number(ocrPages), report, dir.filePath(u"page"_s)});
    const QStringList pngs = QDir(dir.path()).entryList({u"page-*.png"_s}, QDir::Files, QDir::Name);
    std::printf("\n%-6s %10s %10s %12s %12s\n", "page", "OCR ms", "CPU ms", "accuracy", "characters");
    OcrEngine::available(); // the model loads once per process, as in a batch of scans
    double totalMs = 0, worstMs = 0, worstCpuMs = 0, totalErrors = 0, totalChars = 0;
    for (qsizetype i = 0; i < pngs.size(); ++i) {
        QFile png(dir.filePath(pngs.at(i)));
        png.open(QIODevice::ReadOnly);
        const QByteArray bytes = png.readAll();
        QElapsedTimer timer;
        timer.start();
        const double cpuBefore = cpuSeconds();
        const ExtractedText scanned = ScanReader::readImage(bytes, {});
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        const double cpuMs = (cpuSeconds() - cpuBefore) * 1000;
        QString read;
        for (const SourceLine &l : scanned.lines)
            read += l.text;
        QString truth;
        run(u"pdftotext"_s, {u"-f"_s, QString::number(i + 1), u"-l"_s, QString::number(i + 1), report, u"-"_s}, &truth);
        truth.remove(QRegularExpression(u"—\\s*\\d+\\s*—"_s));
        const double acc = accuracy(read, truth);
        const qsizetype chars = stripped(truth).size();
        std::printf("%-6lld %10.0f %10.0f %11.2f%% %12lld\n", (long long)(i + 1), ms, cpuMs, acc * 100, (long long)chars);
        worstCpuMs = std::max(worstCpuMs, cpuMs);
        totalMs += ms;
        worstMs = std::max(worstMs, ms);
        totalErrors += (1 - acc) * double(chars);
        totalChars += double(chars);
    }
    if (!pngs.isEmpty())
        std::printf("OCR: %.0f ms a page on average, %.0f ms at worst; character accuracy %.2f%% over %.0f characters\n",
                    totalMs / double(pngs.size()), worstMs, 100 * (1 - totalErrors / std::max(1.0, totalChars)), totalChars);
    std::printf("\n54-page PDF under 1.5 s: %s; OCR page under 5 s: %s on the clock, %s in processor time (%.0f ms at worst)\n",
                fast ? "yes" : "NO", worstMs < 5000 ? "yes" : "NO", worstCpuMs < 5000 ? "yes" : "NO", worstCpuMs);
    return 0;
}

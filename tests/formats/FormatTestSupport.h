// SPDX-License-Identifier: GPL-3.0-or-later
// What the import-format tests share: the fixture reports, the files the tests make from them, and the
// comparison of two imports by what the compliance overview reads.
#pragma once

#include "TestSupport.h"

#include "import/Importer.h"
#include "import/MarkdownForm.h"
#include "text/ReportLayout.h"

#include <QProcess>
#include <QStandardPaths>

namespace fazhi::test {

inline const QStringList &fixtureReports()
{
    static const QStringList names{QStringLiteral("jiangjin-cgj-2025"), QStringLiteral("jiulongpo-cgj-2023"),
                                   QStringLiteral("siping-town-2025")};
    return names;
}

/// A published report in the project's Markdown form (tests/data/render).
inline ReportDocument fixtureDocument(const QString &name)
{
    return MarkdownForm::read(readText(testData(QStringLiteral("render/") + name + QStringLiteral(".md"))));
}

/// The report as a clerk would paste it: the text the exports show, imported as text.
inline ImportResult textImport(const ReportDocument &doc)
{
    return Importer::importText(ReportLayout::build(doc).plainText());
}

/// Runs a program to its end; its exit code (-1 when it could not run or was stopped).
inline int runTool(const QString &program, const QStringList &args, QString *output = nullptr, int timeoutMs = 180000)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, args);
    if (!p.waitForStarted(10000))
        return -1;
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        return -1;
    }
    if (output)
        *output = QString::fromUtf8(p.readAll());
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

/// LibreOffice converts `input` into `format` in `outDir` with a private profile; the output's path.
inline QString libreOfficeConvert(const QString &input, const QString &format, const QString &outDir)
{
    const QString soffice = QStandardPaths::findExecutable(QStringLiteral("soffice"));
    INFO("LibreOffice (libreoffice-writer-nogui) is installed by scripts/setup.sh test");
    REQUIRE_FALSE(soffice.isEmpty());
    QString log;
    const int code = runTool(soffice,
                             {QStringLiteral("-env:UserInstallation=file://") + outDir + QStringLiteral("/profile"),
                              QStringLiteral("--headless"), QStringLiteral("--convert-to"), format,
                              QStringLiteral("--outdir"), outDir, input},
                             &log);
    INFO(log.toStdString());
    REQUIRE(code == 0);
    const QString out = outDir + u'/' + QFileInfo(input).completeBaseName() + u'.' + format.section(u':', 0, 0);
    REQUIRE(QFileInfo::exists(out));
    return out;
}

/// What the overview and the checker read of a report: unit, year, parts, 成文日期, signatories, figures.
inline void requireSameReport(const ImportResult &got, const ImportResult &expected, bool sameBodies = true)
{
    const ReportDocument &a = got.document;
    const ReportDocument &b = expected.document;
    CHECK(a.unit.fullName == b.unit.fullName);
    CHECK(a.report.year == b.report.year);
    // A title set over two lines is one line once read from a page.
    static const QRegularExpression space(QStringLiteral("\\s+"));
    CHECK(QString(a.report.title).remove(space) == QString(b.report.title).remove(space));
    CHECK(a.report.writtenDate == b.report.writtenDate);
    CHECK(a.report.signatories == b.report.signatories);
    REQUIRE(a.parts().size() == b.parts().size());
    for (qsizetype i = 0; i < a.parts().size(); ++i) {
        CHECK(a.parts().at(i).part == b.parts().at(i).part);
        CHECK(a.parts().at(i).heading == b.parts().at(i).heading);
        CHECK(a.subsections(a.parts().at(i).id).size() == b.subsections(b.parts().at(i).id).size());
    }
    QStringList figuresA, figuresB;
    for (const MetricValue &m : a.metrics)
        figuresA.append(m.key + u'=' + QString::number(m.value));
    for (const MetricValue &m : b.metrics)
        figuresB.append(m.key + u'=' + QString::number(m.value));
    CHECK(figuresA == figuresB);
    CHECK(a.problems.size() == b.problems.size());
    if (sameBodies) {
        const QList<Section> sa = a.sections;
        const QList<Section> sb = b.sections;
        REQUIRE(sa.size() == sb.size());
        for (qsizetype i = 0; i < sa.size(); ++i) {
            INFO("section " << sa.at(i).heading.toStdString());
            CHECK(sa.at(i).body == sb.at(i).body);
        }
    }
}

/// Character accuracy of `read` against `truth`, white space aside: 1 − edit distance / length of truth.
inline double characterAccuracy(const QString &read, const QString &truth)
{
    QString a, b;
    for (const QChar c : read)
        if (!c.isSpace())
            a.append(c);
    for (const QChar c : truth)
        if (!c.isSpace())
            b.append(c);
    if (b.isEmpty())
        return a.isEmpty() ? 1 : 0;
    QList<int> previous(a.size() + 1), current(a.size() + 1);
    for (qsizetype j = 0; j <= a.size(); ++j)
        previous[j] = int(j);
    for (qsizetype i = 1; i <= b.size(); ++i) {
        current[0] = int(i);
        for (qsizetype j = 1; j <= a.size(); ++j)
            current[j] = std::min({previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (b.at(i - 1) == a.at(j - 1) ? 0 : 1)});
        std::swap(previous, current);
    }
    return 1.0 - double(previous[a.size()]) / double(b.size());
}

} // namespace fazhi::test

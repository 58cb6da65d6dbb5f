// SPDX-License-Identifier: GPL-3.0-or-later
// What the export tests share: the fixture reports as documents, reading XML parts and PDF facts.
#pragma once

#include "TestSupport.h"

#include "import/MarkdownForm.h"
#include "model/ReportDocument.h"

#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QXmlStreamReader>

/// When a tool the test checks against is not installed: the test fails, since the test command
/// (scripts/setup.sh test) installs every tool the tests use and a test that cannot run proves nothing. On a
/// developer's machine without them, FAZHI_ALLOW_MISSING_TOOLS=1 ends the test early with a warning instead.
#define FAZHI_SKIP(message)                                                                                  \
    do {                                                                                                     \
        if (qEnvironmentVariableIsEmpty("FAZHI_ALLOW_MISSING_TOOLS"))                                        \
            FAIL(message << " (the test command installs it; FAZHI_ALLOW_MISSING_TOOLS=1 skips)");         \
        WARN(message);                                                                                       \
        return;                                                                                              \
    } while (false)

namespace fazhi::test {

/// The three published reports (shared/fixtures/reports) in the project's Markdown form.
inline const QStringList &fixtureReports()
{
    static const QStringList names{QStringLiteral("jiangjin-cgj-2025"), QStringLiteral("jiulongpo-cgj-2023"),
                                   QStringLiteral("siping-town-2025")};
    return names;
}

inline ReportDocument fixtureDocument(const QString &name)
{
    return MarkdownForm::read(readText(testData(QStringLiteral("render/") + name + QStringLiteral(".md"))));
}

/// Attributes of every element `qualifiedName` ("w:pgMar") in `xml`, in document order.
inline QList<QXmlStreamAttributes> elements(const QByteArray &xml, const QString &qualifiedName)
{
    QList<QXmlStreamAttributes> found;
    QXmlStreamReader reader(xml);
    while (!reader.atEnd()) {
        if (reader.readNext() == QXmlStreamReader::StartElement && reader.qualifiedName() == qualifiedName)
            found.append(reader.attributes());
    }
    REQUIRE_FALSE(reader.hasError());
    return found;
}

inline QString attr(const QXmlStreamAttributes &a, const QString &name)
{
    return a.value(name).toString();
}

/// Runs a tool and returns its standard output; empty when it is not installed.
inline QString tool(const QString &program, const QStringList &args, int timeoutMs = 120000)
{
    if (QStandardPaths::findExecutable(program).isEmpty())
        return {};
    QProcess p;
    p.start(program, args);
    p.waitForFinished(timeoutMs);
    return QString::fromUtf8(p.readAllStandardOutput());
}

inline int pdfPages(const QString &pdf)
{
    const auto m =
        QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(tool(QStringLiteral("pdfinfo"), {pdf}));
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

} // namespace fazhi::test

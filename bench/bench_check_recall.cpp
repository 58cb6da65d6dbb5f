// SPDX-License-Identifier: GPL-3.0-or-later
// Checklist quality on the mistake corpus (tests/data/check-corpus): each report with mistakes put in by
// hand is imported with the real importer and checked; a mistake counts as found when a finding of the
// rule in the answer key covers its quoted text. Prints recall per rule family, the false alarms (findings
// on the copy that neither answer a mistake nor occur on the published original) and precision per
// family. `--verbose` lists every miss and false alarm.
#include "check/Checker.h"
#include "import/Importer.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QSet>

#include <cstdio>

using namespace fazhi;
using namespace Qt::StringLiterals;

namespace {

QString familyOf(const QString &rule)
{
    if (rule.startsWith(u"lint.punct."_s) || rule == u"lint.space"_s)
        return u"punctuation"_s;
    if (rule.startsWith(u"structure."_s) || rule.startsWith(u"lint.enum."_s))
        return u"structure"_s;
    if (rule == u"lint.outdated"_s || rule == u"lint.citation"_s)
        return u"policy"_s;
    if (rule == u"lint.confusable"_s || rule == u"lint.dup-char"_s)
        return u"words"_s;
    if (rule == u"date.publish-due"_s || rule == u"date.report-due"_s || rule == u"metrics.required"_s)
        return u"other"_s; // deadlines and required figures: the workflow's record, not the text's wording
    if (rule.startsWith(u"lint.number"_s) || rule == u"lint.doc-number"_s || rule.startsWith(u"year."_s) ||
        rule.startsWith(u"date."_s) || rule.startsWith(u"metrics."_s))
        return u"numbers"_s;
    return u"other"_s; // topics and problems: not what the corpus measures
}

CheckResult checkFile(const QString &path)
{
    const ReportDocument doc = Importer::importFile(path).document;
    Checker checker;
    return checker.check(doc);
}

/// A finding as it would read on either copy: its rule, message and the text at its place and just after.
QString signature(const CheckResult &r, const Finding &f)
{
    return f.rule + u'|' + f.message + u'|' + r.plainText.mid(f.offset, std::max(0, f.length) + 4);
}

struct Tally
{
    int mistakes = 0;
    int found = 0;
    int falseAlarms = 0;
};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const bool verbose = app.arguments().contains(u"--verbose"_s);
    const QString corpus = QStringLiteral(FAZHI_SOURCE_DIR "/tests/data/check-corpus/");
    QFile keyFile(corpus + u"answers.json"_s);
    if (!keyFile.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "cannot read %s\n", qPrintable(keyFile.fileName()));
        return 1;
    }
    const QJsonObject key = QJsonDocument::fromJson(keyFile.readAll()).object();

    QMap<QString, Tally> families;
    QMap<QString, Tally> rounds; // "tuned" (rules written or changed after seeing the mistakes) and "blind"
    for (const QJsonValue &caseValue : key.value(u"cases"_s).toArray()) {
        const QJsonObject c = caseValue.toObject();
        const QString file = c.value(u"file"_s).toString();
        Tally &round = rounds[c.value(u"round"_s).toString(u"tuned"_s)];
        const CheckResult result = checkFile(corpus + file);
        QSet<QString> published;
        if (const QString base = c.value(u"base"_s).toString(); !base.isEmpty()) {
            const CheckResult original = checkFile(QStringLiteral(FAZHI_FIXTURES_DIR "/") + base);
            for (const Finding &f : original.findings)
                published.insert(signature(original, f));
        }

        QSet<int> answering; // findings on a mistake, of its rule or of another one: not false alarms
        for (const QJsonValue &answerValue : c.value(u"answers"_s).toArray()) {
            const QJsonObject a = answerValue.toObject();
            const QString rule = a.value(u"rule"_s).toString();
            const QString quote = a.value(u"quote"_s).toString();
            Tally &t = families[a.value(u"family"_s).toString()];
            ++t.mistakes;
            bool found = false;
            for (qsizetype at = result.plainText.indexOf(quote); at >= 0; at = result.plainText.indexOf(quote, at + 1)) {
                for (int i = 0; i < result.findings.size(); ++i) {
                    const Finding &f = result.findings.at(i);
                    if (!f.hasPlace() || f.offset >= at + quote.size() || at >= f.offset + std::max(1, f.length))
                        continue;
                    answering.insert(i);
                    found = found || f.rule == rule;
                }
            }
            t.found += found;
            ++round.mistakes;
            round.found += found;
            if (!found && verbose)
                std::printf("  missed  %-28s %-26s %s\n", qPrintable(file.left(28)), qPrintable(rule), qPrintable(quote));
        }
        for (int i = 0; i < result.findings.size(); ++i) {
            const Finding &f = result.findings.at(i);
            const QString family = familyOf(f.rule);
            if (answering.contains(i) || family == u"other"_s || published.contains(signature(result, f)))
                continue;
            ++families[family].falseAlarms;
            ++round.falseAlarms;
            if (verbose)
                std::printf("  false   %-28s %-26s %s ‖ %s\n", qPrintable(file.left(28)), qPrintable(f.rule),
                            qPrintable(f.excerpt), qPrintable(f.message));
        }
    }

    std::printf("%-12s %8s %6s %7s %12s %9s\n", "family", "mistakes", "found", "recall", "false alarms", "precision");
    Tally all;
    for (auto it = families.cbegin(); it != families.cend(); ++it) {
        const Tally &t = it.value();
        all.mistakes += t.mistakes;
        all.found += t.found;
        all.falseAlarms += t.falseAlarms;
        std::printf("%-12s %8d %6d %6.0f%% %12d %8.0f%%\n", qPrintable(it.key()), t.mistakes, t.found,
                    t.mistakes ? 100.0 * t.found / t.mistakes : 0.0, t.falseAlarms,
                    t.found + t.falseAlarms ? 100.0 * t.found / (t.found + t.falseAlarms) : 100.0);
    }
    std::printf("%-12s %8d %6d %6.0f%% %12d %8.0f%%\n", "all", all.mistakes, all.found,
                all.mistakes ? 100.0 * all.found / all.mistakes : 0.0, all.falseAlarms,
                all.found + all.falseAlarms ? 100.0 * all.found / (all.found + all.falseAlarms) : 100.0);
    // The blind round was written before its rules were looked at or changed: it is the figure to trust.
    for (auto it = rounds.cbegin(); it != rounds.cend(); ++it)
        std::printf("round %-6s %8d %6d %6.0f%% %12d\n", qPrintable(it.key()), it.value().mistakes, it.value().found,
                    it.value().mistakes ? 100.0 * it.value().found / it.value().mistakes : 0.0, it.value().falseAlarms);
    return 0;
}

// SPDX-License-Identifier: GPL-3.0-or-later
#include "check/CheckResult.h"

#include "check/TextScan.h"

#include <QHash>
#include <QJsonArray>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace fazhi {

int CheckResult::count(FindingLevel level) const
{
    return int(std::count_if(findings.cbegin(), findings.cend(), [&](const Finding &f) { return f.level == level; }));
}

int CheckResult::score() const
{
    QHash<QString, QList<int>> weights;
    for (const Finding &f : findings)
        weights[f.rule].append(f.level == FindingLevel::Error ? 4 : f.level == FindingLevel::Warning ? 2 : 0);
    int penalty = 0;
    for (QList<int> &w : weights) {
        std::sort(w.begin(), w.end(), std::greater<>());
        for (int i = 0; i < std::min<int>(3, int(w.size())); ++i)
            penalty += w.at(i);
    }
    return std::clamp(100 - penalty, 0, 100);
}

QJsonObject CheckResult::toJson() const
{
    // Code points before each UTF-16 offset, counted once.
    QList<int> points(plainText.size() + 1, 0);
    for (int i = 0; i < plainText.size(); ++i)
        points[i + 1] = points[i] + (plainText.at(i).isLowSurrogate() ? 0 : 1);
    const auto cp = [&](int utf16) { return points.at(std::clamp<int>(utf16, 0, int(plainText.size()))); };

    QJsonArray array;
    for (const Finding &f : findings) {
        QJsonObject o{{u"rule"_s, f.rule}, {u"level"_s, findingLevelKey(f.level)}, {u"message"_s, f.message}};
        o.insert(u"part"_s, f.part >= 0 ? QJsonValue(f.part) : QJsonValue(QJsonValue::Null));
        o.insert(u"section"_s, f.sectionId > 0 ? QJsonValue(f.sectionId) : QJsonValue(QJsonValue::Null));
        if (f.hasPlace()) {
            o.insert(u"offset"_s, cp(f.offset));
            o.insert(u"length"_s, cp(f.offset + f.length) - cp(f.offset));
            o.insert(u"excerpt"_s, f.excerpt);
        } else {
            o.insert(u"offset"_s, QJsonValue(QJsonValue::Null));
            o.insert(u"length"_s, QJsonValue(QJsonValue::Null));
            o.insert(u"excerpt"_s, QJsonValue(QJsonValue::Null));
        }
        o.insert(u"suggestion"_s, f.suggestion);
        if (f.fix)
            o.insert(u"fix"_s, *f.fix);
        array.append(o);
    }
    const QJsonObject summary{{u"errors"_s, count(FindingLevel::Error)},
                              {u"warnings"_s, count(FindingLevel::Warning)},
                              {u"infos"_s, count(FindingLevel::Info)},
                              {u"passed"_s, int(passed.size())},
                              {u"score"_s, score()}};
    return {{u"report"_s, QJsonObject{{u"unit"_s, unit}, {u"year"_s, year}, {u"title"_s, title}}},
            {u"summary"_s, summary},
            {u"findings"_s, array}};
}

int CheckResult::fixableCount() const
{
    return int(std::count_if(findings.cbegin(), findings.cend(), [](const Finding &f) { return f.fix && f.hasPlace(); }));
}

} // namespace fazhi

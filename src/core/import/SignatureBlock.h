// SPDX-License-Identifier: GPL-3.0-or-later
// Reading the signature block at the end of a report: the issuing organs (发文机关署名) and the 成文日期 line,
// including a date whose 年月日 were lost in copying ("2026121").
#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

namespace fazhi {

/// An organ's name: short, no sentence marks, ending as an organ's name ends (…委员会, …局, …镇).
bool isOrganName(const QString &s);
/// The organs on one line, separated by wide spaces or tabs.
QStringList splitOrgans(const QString &line);
/// Whether the line holds nothing but organ names.
bool isOrganLine(const QString &line);
/// 中共…, …党组, …党委: a party organ.
bool isPartyOrgan(const QString &organ);

enum class DateKind { None, Full, Damaged };

struct DateLine
{
    DateKind kind = DateKind::None;
    QDate date;
    QString digits; ///< the damaged form as written
};

/// How a damaged 成文日期 ("2026121") was read: a date only when exactly one reading fits the report's year
/// (the date falls in the year after it) and the website's publish date (not after it).
struct DamagedDateReading
{
    QDate date;      ///< invalid when no single reading fits
    QString warning; ///< always set: what was inferred and ruled out, or why it was left empty
    QString repair;  ///< set when a date was inferred
};

DamagedDateReading readDamagedDate(const QString &digits, int reportYear, const QDate &published);

/// Reads a 成文日期 line: "2026年1月13日", "二〇二六年一月十三日", "2026-01-13", or digits that lost their 年月日.
DateLine parseDateLine(const QString &line);

} // namespace fazhi

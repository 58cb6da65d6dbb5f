// SPDX-License-Identifier: GPL-3.0-or-later
// One thing the checklist found wrong in a report: what, how serious, where, and how to put it right.
#pragma once

#include <QString>

#include <optional>

namespace fazhi {

enum class FindingLevel { Error, Warning, Info };

QString findingLevelKey(FindingLevel level);   ///< "error", "warning", "info"
std::optional<FindingLevel> findingLevelFromKey(const QString &key);
QString findingLevelLabel(FindingLevel level); ///< 错误, 警告, 提示

struct Finding
{
    QString rule;                ///< stable rule id: "lint.dup-char"
    FindingLevel level = FindingLevel::Warning;
    QString message;             ///< Chinese, for the clerk
    QString suggestion;          ///< Chinese: what to do about it
    int part = -1;               ///< standard part 1–5 the place lies in, 0 an extra part, -1 none
    qint64 sectionId = 0;        ///< the section the place lies in, 0 none
    int offset = -1;             ///< in ReportLayout::plainText(), UTF-16 units; -1 when the finding has no place
    int length = 0;
    QString excerpt;             ///< up to 20 characters around the place
    std::optional<QString> fix;  ///< exact replacement for [offset, offset + length), when the rule has one

    bool hasPlace() const { return offset >= 0; }
    /// What identifies the finding across edits, for "not applicable" marks: the excerpt, or "" without place.
    QString anchor() const { return excerpt; }
};

} // namespace fazhi

// SPDX-License-Identifier: GPL-3.0-or-later
// A reporting unit: a government, a department, a township.
#pragma once

#include <QString>
#include <QStringList>

namespace fazhi {

enum class UnitKind { Government, Department, Township, Other };

QString unitKindKey(UnitKind kind);              ///< "government", "department", … (stable, stored)
UnitKind unitKindFromKey(const QString &key, bool *ok = nullptr);
QString unitKindLabel(UnitKind kind);            ///< Chinese label for people: 政府, 部门, 乡镇（街道）, 其他
/// Guesses the kind from a unit's name (…人民政府 → government, …局/委员会 → department, …镇/街道 → township).
UnitKind guessUnitKind(const QString &fullName);

struct Unit
{
    qint64 id = 0;
    QString fullName;
    QString shortName;
    UnitKind kind = UnitKind::Department;
    qint64 parentId = 0;      ///< 0 when the unit has no parent
    QStringList signatories;  ///< organs that sign its reports, in signing order
    QString addressee;        ///< 主送机关 of its reports, without the trailing "："
};

} // namespace fazhi

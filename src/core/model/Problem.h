// SPDX-License-Identifier: GPL-3.0-or-later
// A shortcoming a report admits, with its reason and how it will be rectified.
#pragma once

#include <QDate>
#include <QString>

namespace fazhi {

enum class ProblemStatus { Open, InProgress, Rectified };

QString problemStatusKey(ProblemStatus status); ///< "open", "in-progress", "rectified"
ProblemStatus problemStatusFromKey(const QString &key, bool *ok = nullptr);
QString problemStatusLabel(ProblemStatus status); ///< 未整改, 整改中, 已整改

struct Problem
{
    qint64 id = 0;
    qint64 reportId = 0;
    int position = 0;
    QString text;
    QString reason;
    QString measure;           ///< rectification measure
    QString owner;
    QDate dueDate;
    ProblemStatus status = ProblemStatus::Open;
    qint64 continuesId = 0;    ///< the problem of an earlier report this one continues, 0 if none
};

} // namespace fazhi

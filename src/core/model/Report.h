// SPDX-License-Identifier: GPL-3.0-or-later
// One annual report of one unit.
#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace fazhi {

enum class ReportStatus { Draft, Submitted, Returned, Approved, Published };

QString reportStatusKey(ReportStatus status);  ///< "draft", "submitted", … (stable, stored)
ReportStatus reportStatusFromKey(const QString &key, bool *ok = nullptr);
QString reportStatusLabel(ReportStatus status); ///< 草稿, 已报送, 已退回, 已审核, 已公开

struct Report
{
    qint64 id = 0;
    qint64 unitId = 0;
    int year = 0;                 ///< the reported year Y; the report is due in Y+1
    QString title;
    QString addressee;            ///< 主送机关, without the trailing "："
    QString opening;              ///< opening paragraph (Markdown), ending with the lead-in
    QStringList signatories;      ///< 发文机关署名, one organ a line
    QString templateName = QStringLiteral("standard");
    ReportStatus status = ReportStatus::Draft;
    QDate writtenDate;            ///< 成文日期
    QDate publishedDate;          ///< the day it was made public
    QString publishedUrl;         ///< where it was made public
    QString note;                 ///< 附注, e.g. （此件公开发布）
    QDateTime createdAt;
    QDateTime updatedAt;
};

} // namespace fazhi

// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/Sql.h"

#include "util/Failure.h"

#include <QDate>
#include <QSqlError>

#include <spdlog/spdlog.h>

using namespace Qt::StringLiterals;

namespace fazhi::sql {

QSqlQuery run(const QSqlDatabase &db, const QString &statement, const QVariantList &values,
              const QString &message)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(statement)) {
        spdlog::error("sql prepare failed: {} [{}]", query.lastError().text().toStdString(),
                      statement.toStdString());
        throw Failure(u"数据库操作失败：%1"_s.arg(query.lastError().databaseText()), Failure::Kind::Operation,
                      query.lastError().text());
    }
    for (const QVariant &v : values) {
        // An empty QString would bind as NULL; NULL is written only through an invalid QVariant.
        if (v.metaType().id() == QMetaType::QString && v.toString().isNull())
            query.addBindValue(QString(u""_s));
        else
            query.addBindValue(v);
    }
    if (!query.exec()) {
        const QString dbText = query.lastError().databaseText();
        spdlog::warn("sql exec failed: {} [{}]", query.lastError().text().toStdString(),
                     statement.toStdString());
        if (!message.isEmpty())
            throw Failure(message, Failure::Kind::Operation, dbText);
        if (dbText.contains(u"locked"_s) || dbText.contains(u"busy"_s))
            throw Failure(u"数据库正被其他程序占用，请稍后再试。"_s, Failure::Kind::Operation, dbText);
        if (dbText.contains(u"FOREIGN KEY"_s))
            throw Failure(u"操作引用了不存在的记录（外键约束）。"_s, Failure::Kind::Operation, dbText);
        if (dbText.contains(u"UNIQUE"_s))
            throw Failure(u"已存在相同的记录。"_s, Failure::Kind::Operation, dbText);
        if (dbText.contains(u"CHECK"_s) || dbText.contains(u"NOT NULL"_s))
            throw Failure(u"数据不符合要求：%1"_s.arg(dbText), Failure::Kind::Operation, dbText);
        throw Failure(u"数据库操作失败：%1"_s.arg(dbText), Failure::Kind::Operation, dbText);
    }
    return query;
}

QSqlQuery run(const QSqlDatabase &db, const QString &statement, const QVariantList &values)
{
    return run(db, statement, values, QString());
}

QVariant dateValue(const QDate &date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant();
}

QDate toDate(const QVariant &value)
{
    if (value.isNull())
        return {};
    return QDate::fromString(value.toString(), Qt::ISODate);
}

QVariant idValue(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant();
}

} // namespace fazhi::sql

// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/Sql.h"

#include "storage/ServerConnection.h"
#include "util/Failure.h"

#include <QDate>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlField>

#include <sqlite3.h>

#include <cerrno>

#include <spdlog/spdlog.h>

using namespace Qt::StringLiterals;

namespace fazhi::sql {

namespace {

const QString kLocked = u"这份报告已报送、已审核或已公开，内容不能修改。如需修改，请由审核人退回，或由管理员重新打开。"_s;

/// PostgreSQL's errors, classified by SQLSTATE (the driver's native code), never by their wording.
Failure serverFailure(const QSqlError &error, const QString &message, bool lost)
{
    const QString state = error.nativeErrorCode();
    const QString detail = error.text();
    const QString cls = state.left(2);
    if (state == u"40001"_s || state == u"40P01"_s)
        return Failure(u"与其他人同时保存的修改冲突，这次没有保存。请再试一次。"_s, Failure::Kind::Operation, detail);
    if (state == u"42501"_s)
        return Failure(u"没有权限：数据库服务器按您所在单位和角色拒绝了这项操作，没有作任何改动。"_s,
                       Failure::Kind::Operation, detail);
    if (state == u"P0001"_s && error.databaseText().contains(u"fazhi:report-locked"_s))
        return Failure(kLocked, Failure::Kind::Operation, detail);
    if (cls == u"08"_s || state == u"57P01"_s || state == u"57P02"_s || state == u"57P03"_s
        || (state.isEmpty() && (lost || error.type() == QSqlError::ConnectionError)))
        return Failure(u"与数据库服务器的连接断开了，修改没有保存。请检查网络，连接恢复后再试。"_s,
                       Failure::Kind::Operation, detail);
    if (state == u"53100"_s)
        return Failure(u"数据库服务器的磁盘空间不足，修改没有保存。"_s, Failure::Kind::Operation, detail);
    if (state == u"25006"_s)
        return Failure(u"数据库是只读的，无法保存修改。"_s, Failure::Kind::Operation, detail);
    if (state == u"55P03"_s || state == u"57014"_s)
        return Failure(u"数据库正被其他人占用，请稍后再试。"_s, Failure::Kind::Operation, detail);
    if (cls == u"23"_s && !message.isEmpty())
        return Failure(message, Failure::Kind::Operation, detail);
    if (state == u"23503"_s)
        return Failure(u"操作引用了不存在的记录。"_s, Failure::Kind::Operation, detail);
    if (state == u"23505"_s)
        return Failure(u"已存在相同的记录。"_s, Failure::Kind::Operation, detail);
    if (state == u"23514"_s || state == u"23502"_s)
        return Failure(u"数据不符合要求（有必填项为空或取值无效）。"_s, Failure::Kind::Operation, detail);
    if (cls == u"23"_s)
        return Failure(u"数据不符合要求。"_s, Failure::Kind::Operation, detail);
    if (!message.isEmpty())
        return Failure(message, Failure::Kind::Operation, detail);
    return Failure(u"数据库操作失败。"_s, Failure::Kind::Operation, detail);
}

/// The statement with each `?` placeholder replaced by its value as the driver writes a literal (QPSQL's
/// formatValue escapes through libpq, exactly what its own EXECUTE sends for bound values). Placeholders in
/// quoted strings, quoted names, dollar-quoted bodies and comments are left alone. Empty when the
/// placeholders and values do not match one to one (the caller then prepares as usual).
QString inlineValues(const QSqlDatabase &db, const QString &statement, const QVariantList &values)
{
    QString out;
    out.reserve(statement.size() + 16 * values.size());
    qsizetype next = 0;
    const qsizetype n = statement.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = statement.at(i);
        if (c == u'\'' || c == u'"') {
            const qsizetype end = statement.indexOf(c, i + 1);
            if (end < 0)
                return {};
            out += QStringView(statement).mid(i, end - i + 1);
            i = end;
        } else if (c == u'-' && i + 1 < n && statement.at(i + 1) == u'-') {
            const qsizetype end = statement.indexOf(u'\n', i);
            out += QStringView(statement).mid(i, (end < 0 ? n : end) - i);
            i = (end < 0 ? n : end) - 1;
        } else if (c == u'$') {
            return {}; // dollar quoting or $1 parameters: not ours to rewrite
        } else if (c == u'?') {
            if (next >= values.size())
                return {};
            const QVariant &v = values.at(next++);
            QSqlField field(QString(), v.isValid() ? v.metaType() : QMetaType::fromType<QString>());
            if (v.isValid())
                field.setValue(v);
            else
                field.clear();
            const QString literal = db.driver()->formatValue(field);
            // A number goes in quoted, as an untyped literal: the server gives it the type the place needs,
            // as it does a prepared statement's parameter (and "- -1" never becomes a comment).
            if (literal != u"NULL"_s && !literal.startsWith(u'\'') && !literal.startsWith(u"E'"_s))
                out += u'\'' + literal + u'\'';
            else
                out += literal;
        } else {
            out += c;
        }
    }
    return next == values.size() ? out : QString();
}

} // namespace

Failure failureFor(const QSqlDatabase &db, const QSqlError &error, const QString &message)
{
    if (db.driverName() == u"QPSQL"_s)
        return serverFailure(error, message, server::isLost(db));
    // Classified by SQLite's result code (the driver's native code, extended where the driver enables
    // it), never by the wording of its English message.
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    const int primary = ok ? code & 0xff : -1;
    int systemErrno = 0;
    if (db.isValid() && db.driver() && db.driver()->handle().isValid() && db.driverName() == u"QSQLITE"_s) {
        if (sqlite3 *handle = *static_cast<sqlite3 *const *>(db.driver()->handle().constData()))
            systemErrno = sqlite3_system_errno(handle);
    }
    const QString detail = error.text();
    if (primary == SQLITE_FULL || ((primary == SQLITE_IOERR || primary == SQLITE_CANTOPEN) && systemErrno == ENOSPC))
        return Failure(u"磁盘空间不足，修改没有保存。请清理磁盘后再试。"_s, Failure::Kind::Operation, detail);
    if (primary == SQLITE_READONLY)
        return Failure(u"数据库是只读的，无法保存修改。"_s, Failure::Kind::Operation, detail);
    if (primary == SQLITE_BUSY || primary == SQLITE_LOCKED)
        return Failure(u"数据库正被其他程序占用，请稍后再试。"_s, Failure::Kind::Operation, detail);
    if (primary == SQLITE_CORRUPT || primary == SQLITE_NOTADB)
        return Failure(u"数据库文件已损坏，操作没有完成。请用备份恢复。"_s, Failure::Kind::Operation, detail);
    if (primary == SQLITE_IOERR)
        return Failure(u"读写数据库文件时出错，操作没有完成。"_s, Failure::Kind::Operation, detail);
    if (code == SQLITE_CONSTRAINT_TRIGGER && error.databaseText().contains(u"fazhi:report-locked"_s))
        return Failure(kLocked, Failure::Kind::Operation, detail);
    if (!message.isEmpty())
        return Failure(message, Failure::Kind::Operation, detail);
    switch (code) {
    case SQLITE_CONSTRAINT_FOREIGNKEY:
        return Failure(u"操作引用了不存在的记录。"_s, Failure::Kind::Operation, detail);
    case SQLITE_CONSTRAINT_UNIQUE:
    case SQLITE_CONSTRAINT_PRIMARYKEY:
        return Failure(u"已存在相同的记录。"_s, Failure::Kind::Operation, detail);
    case SQLITE_CONSTRAINT_CHECK:
    case SQLITE_CONSTRAINT_NOTNULL:
        return Failure(u"数据不符合要求（有必填项为空或取值无效）。"_s, Failure::Kind::Operation, detail);
    default:
        break;
    }
    if (primary == SQLITE_CONSTRAINT)
        return Failure(u"数据不符合要求。"_s, Failure::Kind::Operation, detail);
    return Failure(u"数据库操作失败。"_s, Failure::Kind::Operation, detail);
}

QSqlQuery run(const QSqlDatabase &db, const QString &statement, const QVariantList &values,
              const QString &message)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    // PostgreSQL prepares only SELECT, INSERT, UPDATE, DELETE and VALUES; a statement without values is
    // sent as it is (one round trip instead of three).
    if (values.isEmpty() && db.driverName() == u"QPSQL"_s) {
        if (!query.exec(statement)) {
            spdlog::warn("sql exec failed: {} (code {}) [{}]", query.lastError().text().toStdString(),
                         query.lastError().nativeErrorCode().toStdString(), statement.toStdString());
            throw failureFor(db, query.lastError(), message);
        }
        return query;
    }
    if (db.driverName() == u"QPSQL"_s) {
        // QPSQL prepares each statement on the server (PREPARE, EXECUTE, DEALLOCATE: three round trips); sent
        // with its values written as the driver writes them in EXECUTE, it takes one. Over a slow network
        // that is most of an autosave's time.
        QVariantList normalized;
        normalized.reserve(values.size());
        for (const QVariant &v : values) {
            if (v.metaType().id() == QMetaType::QString && v.toString().isNull())
                normalized << QVariant(QString(u""_s));
            else if (v.metaType().id() == QMetaType::Bool)
                normalized << QVariant(v.toBool() ? 1 : 0);
            else
                normalized << v;
        }
        const QString direct = inlineValues(db, statement, normalized);
        if (!direct.isEmpty()) {
            if (!query.exec(direct)) {
                spdlog::warn("sql exec failed: {} (code {}) [{}]", query.lastError().text().toStdString(),
                             query.lastError().nativeErrorCode().toStdString(), statement.toStdString());
                throw failureFor(db, query.lastError(), message);
            }
            return query;
        }
    }
    if (!query.prepare(statement)) {
        spdlog::error("sql prepare failed: {} [{}]", query.lastError().text().toStdString(),
                      statement.toStdString());
        throw failureFor(db, query.lastError(), QString());
    }
    for (const QVariant &v : values) {
        // An empty QString would bind as NULL; NULL is written only through an invalid QVariant.
        if (v.metaType().id() == QMetaType::QString && v.toString().isNull())
            query.addBindValue(QString(u""_s));
        else if (v.metaType().id() == QMetaType::Bool) // flags are stored as 0 and 1 on both engines
            query.addBindValue(v.toBool() ? 1 : 0);
        else
            query.addBindValue(v);
    }
    if (!query.exec()) {
        spdlog::warn("sql exec failed: {} (code {}) [{}]", query.lastError().text().toStdString(),
                     query.lastError().nativeErrorCode().toStdString(), statement.toStdString());
        throw failureFor(db, query.lastError(), message);
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

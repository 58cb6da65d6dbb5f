// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/AuditLog.h"

#include "storage/Database.h"
#include "storage/Sql.h"
#include "storage/SqlDialect.h"

#include <QCryptographicHash>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace fazhi {

namespace {

const QString kGenesis = QString(64, u'0');
const QString kHeadSetting = u"audit.head"_s;
const QString kSelect = u"SELECT id, at, person, report_id, action, version, detail, prev_hash, hash FROM audit_log"_s;

AuditEntry entryFrom(const QSqlQuery &q)
{
    AuditEntry e;
    e.id = q.value(0).toLongLong();
    e.at = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs);
    e.at.setTimeSpec(Qt::UTC);
    e.person = q.value(2).toString();
    e.reportId = q.value(3).toLongLong();
    e.action = q.value(4).toString();
    e.version = q.value(5).toInt();
    e.detail = q.value(6).toString();
    e.prevHash = q.value(7).toString();
    e.hash = q.value(8).toString();
    return e;
}

QString headOf(Database &db)
{
    QSqlQuery q = sql::run(db.connection(), u"SELECT value FROM settings WHERE key = ?"_s, {kHeadSetting});
    return q.next() ? q.value(0).toString() : QString();
}

} // namespace

namespace {

/// The chained hash of one entry, from its stored text: each field with its length, so that no two
/// different entries serialise alike.
QString chainHash(const QString &prevHash, const QString &at, const QString &person, qint64 reportId,
                  const QString &action, int version, const QString &detail)
{
    QByteArray content = "fazhi-audit-1\n";
    const auto field = [&](const QString &value) {
        const QByteArray utf8 = value.toUtf8();
        content += QByteArray::number(utf8.size()) + ':' + utf8 + '\n';
    };
    field(prevHash);
    field(at);
    field(person);
    field(QString::number(reportId));
    field(action);
    field(QString::number(version));
    field(detail);
    return QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
}

} // namespace

QString AuditLog::hashOf(const AuditEntry &e, const QString &prevHash)
{
    return chainHash(prevHash, e.at.toUTC().toString(Qt::ISODateWithMs), e.person, e.reportId, e.action, e.version,
                     e.detail);
}

AuditEntry AuditLog::append(const QString &person, qint64 reportId, const QString &action, int version,
                            const QString &detail)
{
    Transaction tx(m_db); // the previous hash and the new head are read and written under one write lock
    AuditEntry e;
    e.at = QDateTime::currentDateTimeUtc();
    e.person = person;
    e.reportId = reportId;
    e.action = action;
    e.version = version;
    e.detail = detail;
    dialect::lockForAppend(m_db.connection(), u"audit"_s);
    QSqlQuery last = sql::run(m_db.connection(), u"SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1"_s);
    e.prevHash = last.next() ? last.value(0).toString() : kGenesis;
    e.hash = hashOf(e, e.prevHash);
    const qint64 newId = dialect::insertReturningId(m_db.connection(),
                           u"INSERT INTO audit_log (at, person, report_id, action, version, detail, prev_hash, hash) "
                           u"VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s,
                           {e.at.toString(Qt::ISODateWithMs), e.person, sql::idValue(e.reportId), e.action,
                            e.version > 0 ? QVariant(e.version) : QVariant(), e.detail, e.prevHash, e.hash});
    e.id = newId;
    sql::run(m_db.connection(),
             u"INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value"_s,
             {kHeadSetting, e.hash});
    tx.commit();
    return e;
}

QList<AuditEntry> AuditLog::forReport(qint64 reportId) const
{
    QList<AuditEntry> entries;
    QSqlQuery q = sql::run(m_db.connection(), kSelect + u" WHERE report_id = ? ORDER BY id"_s, {reportId});
    while (q.next())
        entries << entryFrom(q);
    return entries;
}

QList<AuditEntry> AuditLog::all() const
{
    QList<AuditEntry> entries;
    QSqlQuery q = sql::run(m_db.connection(), kSelect + u" ORDER BY id"_s);
    while (q.next())
        entries << entryFrom(q);
    return entries;
}

AuditLog::Verification AuditLog::verify() const
{
    Verification v;
    QString prev = kGenesis;
    // The stored text is hashed as it is: no parsing of dates on the way.
    QSqlQuery q = sql::run(m_db.connection(),
                           u"SELECT id, at, person, COALESCE(report_id, 0), action, COALESCE(version, 0), detail, "
                           u"prev_hash, hash FROM audit_log ORDER BY id"_s);
    while (q.next()) {
        ++v.entries;
        const qint64 id = q.value(0).toLongLong();
        const QString prevHash = q.value(7).toString();
        QString reason;
        if (prevHash != prev)
            reason = u"审计记录 %1 与前一条记录衔接不上（前面的记录被删除、插入或调换过）。"_s.arg(id);
        else if (chainHash(prev, q.value(1).toString(), q.value(2).toString(), q.value(3).toLongLong(),
                           q.value(4).toString(), q.value(5).toInt(), q.value(6).toString())
                 != q.value(8).toString())
            reason = u"审计记录 %1 的内容与其哈希值不符（记录被修改过）。"_s.arg(id);
        if (!reason.isEmpty()) {
            v.ok = false;
            v.firstBrokenId = id;
            v.reason = reason;
            return v;
        }
        prev = q.value(8).toString();
    }
    const QString head = headOf(const_cast<Database &>(m_db));
    if (v.entries > 0 && head != prev) {
        v.ok = false;
        v.reason = u"最新的审计记录与记下的链尾不符（最近的记录被删除或替换过）。"_s;
    } else if (v.entries == 0 && !head.isEmpty()) {
        v.ok = false;
        v.reason = u"审计记录全部被删除了。"_s;
    }
    return v;
}

} // namespace fazhi

// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/DatabaseCopy.h"

#include "storage/Database.h"
#include "storage/Sql.h"
#include "storage/SqlDialect.h"
#include "storage/SummaryRepository.h"
#include "util/Failure.h"

#include <QCryptographicHash>
#include <QSqlQuery>
#include <QSqlRecord>

#include <spdlog/spdlog.h>

using namespace Qt::StringLiterals;

namespace fazhi {

namespace {

/// A table as both engines store it: the columns they share, in an order that inserts parents first.
/// Self-references (a unit's parent, a subsection's part, a problem's predecessor) are written in a second
/// pass; a report's state and revision last, once its content is in (the lock refuses content of a
/// submitted report, and every insert raises the revision).
struct Table
{
    QString name;
    QStringList columns;
    QString order;
    QStringList deferred = {}; ///< columns written after all rows are in
    bool hasId = true;
};

const QList<Table> &tables()
{
    static const QList<Table> list{
        {u"units"_s, {u"id"_s, u"full_name"_s, u"short_name"_s, u"kind"_s, u"parent_id"_s, u"signatories"_s, u"addressee"_s},
         u"id"_s, {u"parent_id"_s}},
        {u"metric_definitions"_s, {u"key"_s, u"name"_s, u"word"_s, u"kind"_s, u"topic"_s, u"required_for"_s, u"aliases"_s,
                                   u"builtin"_s},
         u"key"_s, {}, false},
        {u"reports"_s, {u"id"_s, u"unit_id"_s, u"year"_s, u"title"_s, u"addressee"_s, u"opening"_s, u"signatories"_s,
                        u"template"_s, u"status"_s, u"written_date"_s, u"published_date"_s, u"published_url"_s, u"note"_s,
                        u"created_at"_s, u"updated_at"_s, u"submitted_at"_s, u"approved_at"_s, u"revision"_s},
         u"id"_s, {u"status"_s, u"revision"_s}},
        {u"sections"_s, {u"id"_s, u"report_id"_s, u"parent_id"_s, u"part"_s, u"position"_s, u"heading"_s, u"body"_s,
                         u"run_in"_s, u"guidance"_s, u"revision"_s},
         u"id"_s, {u"parent_id"_s}},
        {u"metric_values"_s, {u"report_id"_s, u"metric_key"_s, u"value"_s, u"approx"_s, u"note"_s, u"source"_s},
         u"report_id, metric_key"_s, {}, false},
        {u"problems"_s, {u"id"_s, u"report_id"_s, u"position"_s, u"text"_s, u"reason"_s, u"measure"_s, u"owner"_s,
                         u"due_date"_s, u"status"_s, u"continues_id"_s},
         u"id"_s, {u"continues_id"_s}},
        {u"finding_waivers"_s, {u"report_id"_s, u"rule"_s, u"anchor"_s, u"reason"_s, u"created_at"_s},
         u"report_id, rule, anchor"_s, {}, false},
        {u"report_references"_s, {u"id"_s, u"report_id"_s, u"kind"_s, u"title"_s, u"body"_s}, u"id"_s},
        {u"people"_s, {u"id"_s, u"name"_s, u"unit_id"_s, u"password_hash"_s, u"created_at"_s}, u"id"_s},
        {u"person_roles"_s, {u"person_id"_s, u"unit_id"_s, u"role"_s}, u"person_id, unit_id, role"_s, {}, false},
        {u"report_editors"_s, {u"report_id"_s, u"person_id"_s, u"last_at"_s}, u"report_id, person_id"_s, {}, false},
        {u"report_versions"_s, {u"id"_s, u"report_id"_s, u"number"_s, u"name"_s, u"kind"_s, u"author"_s, u"editors"_s,
                                u"created_at"_s, u"content"_s},
         u"id"_s},
        {u"comments"_s, {u"id"_s, u"report_id"_s, u"section_id"_s, u"parent_id"_s, u"author"_s, u"quote"_s, u"prefix"_s,
                         u"suffix"_s, u"start"_s, u"body"_s, u"status"_s, u"created_at"_s, u"resolved_at"_s},
         u"id"_s},
        {u"audit_log"_s, {u"id"_s, u"at"_s, u"person"_s, u"report_id"_s, u"action"_s, u"version"_s, u"detail"_s,
                          u"prev_hash"_s, u"hash"_s},
         u"id"_s},
        {u"report_summaries"_s, SummaryRepository::columns(),
         u"report_id"_s, {}, false},
        // The audit chain's head and the office's own settings; the schema's bookkeeping stays the target's.
        {u"settings"_s, {u"key"_s, u"value"_s}, u"key"_s, {}, false},
    };
    return list;
}

QString settingsFilter(const Table &t)
{
    return t.name == u"settings"_s ? u" WHERE key NOT LIKE 'schema.%'"_s : QString();
}

/// A value as text for comparing both sides: numbers as the numbers they are (SQLite and PostgreSQL
/// return integers in different widths), NULL apart from empty text.
QByteArray canonical(const QVariant &v)
{
    if (v.isNull())
        return QByteArrayLiteral("\x01NULL");
    switch (v.metaType().id()) {
    case QMetaType::Double:
    case QMetaType::Float:
        return QByteArray::number(v.toDouble(), 'g', 17);
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
    case QMetaType::Bool:
        return QByteArray::number(v.toLongLong());
    default:
        return v.toString().toUtf8();
    }
}

/// Row count and a hash of every value of `t` in key order.
std::pair<int, QByteArray> digest(Database &db, const Table &t)
{
    QSqlQuery q = sql::run(db.connection(), u"SELECT "_s + t.columns.join(u", "_s) + u" FROM "_s + t.name
                                                + settingsFilter(t) + u" ORDER BY "_s + t.order);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    int rows = 0;
    while (q.next()) {
        ++rows;
        for (int i = 0; i < t.columns.size(); ++i) {
            QVariant v = q.value(i);
            // A real number stored as an integral value reads back as an integer on SQLite.
            if (t.name == u"metric_values"_s && t.columns.at(i) == u"value"_s && !v.isNull())
                v = v.toDouble();
            hash.addData(canonical(v));
            hash.addData(QByteArrayView("\x1f", 1));
        }
        hash.addData(QByteArrayView("\x1e", 1));
    }
    return {rows, hash.result()};
}

} // namespace

QList<DatabaseCopy::TableCount> DatabaseCopy::run()
{
    const QSqlDatabase target = m_to.connection();
    {
        QSqlQuery busy = sql::run(target, u"SELECT (SELECT COUNT(*) FROM units) + (SELECT COUNT(*) FROM reports)"_s);
        if (busy.next() && busy.value(0).toLongLong() > 0)
            throw Failure(u"目标数据库“%1”中已有单位或报告。为免混在一起，只能复制到一个新的空数据库。"_s.arg(m_to.path()),
                          Failure::Kind::Input);
    }
    // The source is read in one read transaction: a snapshot even while others write to it.
    Transaction reading(m_from);
    Transaction writing(m_to);
    QList<TableCount> counts;
    QList<QVariantList> reportStates; ///< status, revision, id
    for (const Table &t : tables()) {
        const QStringList first = [&] {
            QStringList cols = t.columns;
            for (const QString &c : t.deferred)
                cols.removeAll(c);
            return cols;
        }();
        QStringList marks;
        for (int i = 0; i < first.size(); ++i)
            marks << u"?"_s;
        QString insert = u"INSERT INTO "_s + t.name + u" ("_s + first.join(u", "_s) + u") VALUES ("_s
                         + marks.join(u", "_s) + u")"_s;
        // The target has its own built-in metric catalogue and settings rows: the office's values win.
        if (t.name == u"metric_definitions"_s)
            insert += u" ON CONFLICT (key) DO UPDATE SET name = excluded.name, word = excluded.word, kind = excluded.kind, "
                      u"topic = excluded.topic, required_for = excluded.required_for, aliases = excluded.aliases, "
                      u"builtin = excluded.builtin"_s;
        else if (t.name == u"settings"_s)
            insert += u" ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s;
        QSqlQuery rows = sql::run(m_from.connection(), u"SELECT "_s + t.columns.join(u", "_s) + u" FROM "_s + t.name
                                                           + settingsFilter(t) + u" ORDER BY "_s + t.order);
        QList<QVariantList> deferredValues;
        int n = 0;
        while (rows.next()) {
            QVariantList values;
            QVariantList later;
            for (int i = 0; i < t.columns.size(); ++i) {
                // NULL stays NULL (sql::run binds a null string as empty text, which is right for text only).
                const QVariant v = rows.value(i).isNull() ? QVariant() : rows.value(i);
                if (t.deferred.contains(t.columns.at(i)))
                    later << v;
                else
                    values << v;
            }
            sql::run(target, insert, values);
            if (!t.deferred.isEmpty())
                deferredValues << (later << rows.value(0));
            ++n;
        }
        if (t.name == u"reports"_s) {
            reportStates = deferredValues; // once every table is in
        } else {
            for (const QVariantList &later : std::as_const(deferredValues)) {
                QStringList sets;
                for (const QString &c : t.deferred)
                    sets << c + u" = ?"_s;
                sql::run(target, u"UPDATE "_s + t.name + u" SET "_s + sets.join(u", "_s) + u" WHERE id = ?"_s, later);
            }
        }
        counts.append({t.name, n});
    }
    // Each report's own state, now that its content is in; then its stored revision (the state change and
    // every insert above raised it), which the summaries were computed against.
    for (const QVariantList &state : std::as_const(reportStates)) {
        sql::run(target, u"UPDATE reports SET status = ? WHERE id = ?"_s, {state.at(0), state.at(2)});
        sql::run(target, u"UPDATE reports SET revision = ? WHERE id = ?"_s, {state.at(1), state.at(2)});
    }
    // Ids were copied as they were: the server's generators continue after the largest.
    if (m_to.engine() == Engine::Postgres) {
        for (const Table &t : tables()) {
            if (!t.hasId)
                continue;
            sql::run(target, u"SELECT setval(pg_get_serial_sequence(?, 'id'), GREATEST((SELECT COALESCE(MAX(id), 0) FROM "_s
                                 + t.name + u"), 1))"_s,
                     {t.name});
        }
    }
    for (const Table &t : tables()) {
        const auto [sourceRows, sourceHash] = digest(m_from, t);
        const auto [targetRows, targetHash] = digest(m_to, t);
        if (sourceRows != targetRows || sourceHash != targetHash) {
            spdlog::error("copy of {} differs: {} rows here, {} there", t.name.toStdString(), sourceRows, targetRows);
            throw Failure(u"复制后核对表 %1 时发现不一致（源 %2 行，目标 %3 行），已全部撤销，目标数据库未作改动。"_s
                              .arg(t.name)
                              .arg(sourceRows)
                              .arg(targetRows),
                          Failure::Kind::Operation);
        }
    }
    writing.commit();
    reading.commit();
    return counts;
}

} // namespace fazhi

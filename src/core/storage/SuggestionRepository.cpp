// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/SuggestionRepository.h"

#include "storage/Database.h"
#include "storage/Sql.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace fazhi {

namespace {

const QString kSelect = u"SELECT id, report_id, section_id, target, start, old_text, new_text, prefix, suffix, author, "
                        u"made_at, source, status, decided_by, decided_at, created_at FROM suggestions"_s;

QString now() { return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs); }

Suggestion suggestionFrom(const QSqlQuery &q)
{
    Suggestion s;
    s.id = q.value(0).toLongLong();
    s.reportId = q.value(1).toLongLong();
    s.sectionId = q.value(2).toLongLong();
    s.target = suggestionTargetFromKey(q.value(3).toString());
    s.start = q.value(4).toInt();
    s.oldText = q.value(5).toString();
    s.newText = q.value(6).toString();
    s.prefix = q.value(7).toString();
    s.suffix = q.value(8).toString();
    s.author = q.value(9).toString();
    s.madeAt = QDateTime::fromString(q.value(10).toString(), Qt::ISODateWithMs);
    s.source = q.value(11).toString();
    s.status = suggestionStatusFromKey(q.value(12).toString());
    s.decidedBy = q.value(13).toString();
    s.decidedAt = QDateTime::fromString(q.value(14).toString(), Qt::ISODateWithMs);
    s.createdAt = QDateTime::fromString(q.value(15).toString(), Qt::ISODateWithMs);
    return s;
}

} // namespace

qint64 SuggestionRepository::insert(const Suggestion &s)
{
    QSqlQuery q = sql::run(m_db.connection(),
                           u"INSERT INTO suggestions (report_id, section_id, target, start, old_text, new_text, prefix, "
                           u"suffix, author, made_at, source, status, created_at) "
                           u"VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'open', ?)"_s,
                           {s.reportId, sql::idValue(s.sectionId), suggestionTargetKey(s.target), s.start, s.oldText,
                            s.newText, s.prefix, s.suffix, s.author,
                            s.madeAt.isValid() ? QVariant(s.madeAt.toUTC().toString(Qt::ISODateWithMs)) : QVariant(),
                            s.source, now()});
    return q.lastInsertId().toLongLong();
}

std::optional<Suggestion> SuggestionRepository::find(qint64 id) const
{
    QSqlQuery q = sql::run(m_db.connection(), kSelect + u" WHERE id = ?"_s, {id});
    if (!q.next())
        return std::nullopt;
    return suggestionFrom(q);
}

QList<Suggestion> SuggestionRepository::forReport(qint64 reportId) const
{
    QList<Suggestion> list;
    QSqlQuery q = sql::run(m_db.connection(), kSelect + u" WHERE report_id = ? ORDER BY id"_s, {reportId});
    while (q.next())
        list << suggestionFrom(q);
    return list;
}

int SuggestionRepository::openCount(qint64 reportId) const
{
    QSqlQuery q = sql::run(m_db.connection(), u"SELECT COUNT(*) FROM suggestions WHERE report_id = ? AND status = 'open'"_s,
                           {reportId});
    return q.next() ? q.value(0).toInt() : 0;
}

void SuggestionRepository::decide(qint64 id, Suggestion::Status status, const QString &person)
{
    sql::run(m_db.connection(), u"UPDATE suggestions SET status = ?, decided_by = ?, decided_at = ? WHERE id = ?"_s,
             {suggestionStatusKey(status), person, now(), id});
}

void SuggestionRepository::setStart(qint64 id, int start)
{
    sql::run(m_db.connection(), u"UPDATE suggestions SET start = ? WHERE id = ?"_s, {start, id});
}

} // namespace fazhi

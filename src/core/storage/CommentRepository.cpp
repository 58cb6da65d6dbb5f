// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/CommentRepository.h"

#include "storage/Database.h"
#include "storage/Sql.h"
#include "storage/SqlDialect.h"
#include "util/Failure.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace fazhi {

namespace {

const QString kSelect = u"SELECT id, report_id, section_id, parent_id, author, quote, prefix, suffix, start, body, "
                        u"status, created_at, resolved_at FROM comments"_s;

Comment commentFrom(const QSqlQuery &q)
{
    Comment c;
    c.id = q.value(0).toLongLong();
    c.reportId = q.value(1).toLongLong();
    c.sectionId = q.value(2).toLongLong();
    c.parentId = q.value(3).toLongLong();
    c.author = q.value(4).toString();
    c.quote = q.value(5).toString();
    c.prefix = q.value(6).toString();
    c.suffix = q.value(7).toString();
    c.start = q.value(8).toInt();
    c.body = q.value(9).toString();
    c.status = q.value(10).toString() == u"resolved"_s ? Comment::Status::Resolved : Comment::Status::Open;
    c.createdAt = QDateTime::fromString(q.value(11).toString(), Qt::ISODateWithMs);
    c.resolvedAt = QDateTime::fromString(q.value(12).toString(), Qt::ISODateWithMs);
    return c;
}

} // namespace

qint64 CommentRepository::insert(const Comment &c)
{
    if (c.body.trimmed().isEmpty())
        throw Failure(u"批注内容不能为空。"_s, Failure::Kind::Input);
    const qint64 newId = dialect::insertReturningId(m_db.connection(),
                           u"INSERT INTO comments (report_id, section_id, parent_id, author, quote, prefix, suffix, "
                           u"start, body, status, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'open', ?)"_s,
                           {c.reportId, sql::idValue(c.sectionId), sql::idValue(c.parentId), c.author, c.quote,
                            c.prefix, c.suffix, c.start, c.body.trimmed(),
                            QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)});
    return newId;
}

std::optional<Comment> CommentRepository::find(qint64 id) const
{
    QSqlQuery q = sql::run(m_db.connection(), kSelect + u" WHERE id = ?"_s, {id});
    if (!q.next())
        return std::nullopt;
    return commentFrom(q);
}

QList<Comment> CommentRepository::forReport(qint64 reportId) const
{
    QList<Comment> list;
    QSqlQuery q = sql::run(m_db.connection(), kSelect + u" WHERE report_id = ? ORDER BY id"_s, {reportId});
    while (q.next())
        list << commentFrom(q);
    return list;
}

int CommentRepository::openCount(qint64 reportId) const
{
    QSqlQuery q = sql::run(m_db.connection(),
                           u"SELECT COUNT(*) FROM comments WHERE report_id = ? AND parent_id IS NULL AND status = 'open'"_s,
                           {reportId});
    return q.next() ? q.value(0).toInt() : 0;
}

void CommentRepository::setStatus(qint64 id, Comment::Status status)
{
    const bool resolved = status == Comment::Status::Resolved;
    sql::run(m_db.connection(), u"UPDATE comments SET status = ?, resolved_at = ? WHERE id = ?"_s,
             {resolved ? u"resolved"_s : u"open"_s,
              resolved ? QVariant(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)) : QVariant(), id});
}

void CommentRepository::setAnchor(qint64 id, int start, const QString &prefix, const QString &suffix)
{
    sql::run(m_db.connection(), u"UPDATE comments SET start = ?, prefix = ?, suffix = ? WHERE id = ?"_s,
             {start, prefix, suffix, id});
}

void CommentRepository::setQuote(qint64 id, const QString &quote, int start, const QString &prefix,
                                 const QString &suffix)
{
    sql::run(m_db.connection(), u"UPDATE comments SET quote = ?, start = ?, prefix = ?, suffix = ? WHERE id = ?"_s,
             {quote, start, prefix, suffix, id});
}

} // namespace fazhi

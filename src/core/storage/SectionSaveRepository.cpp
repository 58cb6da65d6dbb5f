// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/SectionSaveRepository.h"

#include "storage/Database.h"
#include "storage/Sql.h"
#include "util/Failure.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace fazhi {

std::optional<ReportStamp> SectionSaveRepository::stamp(qint64 reportId) const
{
    QSqlQuery q =
        sql::run(m_db.connection(), u"SELECT revision, updated_at FROM reports WHERE id = ?"_s, {reportId});
    if (!q.next())
        return std::nullopt;
    return ReportStamp{q.value(0).toInt(), q.value(1).toString()};
}

std::optional<SectionSaveRepository::Saved> SectionSaveRepository::saveSections(qint64 reportId,
                                                                                const QList<Change> &changes,
                                                                                qint64 editorId,
                                                                                const JournalNote &journal)
{
    QJsonArray list;
    for (const Change &c : changes) {
        QJsonObject o{{u"id"_s, c.id}};
        if (c.revision)
            o.insert(u"revision"_s, *c.revision);
        if (c.body) {
            o.insert(u"body"_s, *c.body);
        } else {
            o.insert(u"heading"_s, c.heading);
            o.insert(u"run_in"_s, c.runIn ? 1 : 0);
        }
        list.append(o);
    }
    // The same stamp ReportRepository::touch and ReviewRepository::noteEditor write.
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    const auto run = [&] {
        return sql::run(m_db.connection(),
                        u"SELECT revisions, revision_before, updated_before, revision_after, updated_after "
                        u"FROM fazhi_save_sections(?, CAST(? AS jsonb), ?, ?, ?, ?, ?)"_s,
                        {reportId, QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Compact)), now,
                         editorId, journal.keyPrefix, journal.savedAt, journal.edited});
    };
    std::optional<QSqlQuery> result;
    try {
        result.emplace(run());
    } catch (const Failure &f) {
        // Raised by the function when a compare-and-set found another revision: nothing was written.
        if (f.detail().contains(u"fazhi:stale-section"_s))
            return std::nullopt;
        throw;
    }
    QSqlQuery &q = *result;
    Saved saved;
    if (!q.next())
        return saved;
    const QJsonObject revisions = QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
    for (auto it = revisions.begin(); it != revisions.end(); ++it)
        saved.revisions.insert(it.key().toLongLong(), it.value().toInt());
    if (!q.value(1).isNull() && !q.value(2).isNull())
        saved.before = ReportStamp{q.value(1).toInt(), q.value(2).toString()};
    if (!q.value(3).isNull() && !q.value(4).isNull())
        saved.after = ReportStamp{q.value(3).toInt(), q.value(4).toString()};
    return saved;
}

} // namespace fazhi

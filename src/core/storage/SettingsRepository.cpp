// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/SettingsRepository.h"

#include "storage/Database.h"
#include "storage/Sql.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace fazhi {

QString SettingsRepository::value(const QString &key, const QString &fallback) const
{
    QSqlQuery q = sql::run(m_db.connection(), u"SELECT value FROM settings WHERE key = ?"_s, {key});
    return q.next() ? q.value(0).toString() : fallback;
}

void SettingsRepository::setValue(const QString &key, const QString &value)
{
    sql::run(m_db.connection(),
             u"INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value"_s,
             {key, value});
}

CheckOptions SettingsRepository::checkOptions() const
{
    CheckOptions o;
    o.reportDue = value(u"report_due"_s, o.reportDue);
    o.publishDue = value(u"publish_due"_s, o.publishDue);
    for (const QString &id : value(u"checklist.disabled"_s).split(u',', Qt::SkipEmptyParts))
        o.disabled.insert(id.trimmed());
    return o;
}

} // namespace fazhi

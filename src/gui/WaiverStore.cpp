// SPDX-License-Identifier: GPL-3.0-or-later
#include "WaiverStore.h"

#include "storage/Database.h"
#include "storage/SettingsRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace fazhi {

namespace {
QString keyFor(qint64 reportId) { return u"checklist.waivers.%1"_s.arg(reportId); }
} // namespace

QList<Waiver> WaiverStore::forReport(qint64 reportId) const
{
    QList<Waiver> out;
    const QJsonArray array = QJsonDocument::fromJson(SettingsRepository(m_db).value(keyFor(reportId)).toUtf8()).array();
    for (const QJsonValue &v : array) {
        const QJsonObject o = v.toObject();
        out.append({reportId, o.value(u"rule"_s).toString(), o.value(u"anchor"_s).toString(),
                    o.value(u"reason"_s).toString(),
                    QDateTime::fromString(o.value(u"created_at"_s).toString(), Qt::ISODate)});
    }
    return out;
}

void WaiverStore::add(const Waiver &w)
{
    QJsonArray array;
    for (const Waiver &old : forReport(w.reportId))
        if (old.rule != w.rule || old.anchor != w.anchor)
            array.append(QJsonObject{{u"rule"_s, old.rule}, {u"anchor"_s, old.anchor}, {u"reason"_s, old.reason},
                                     {u"created_at"_s, old.createdAt.toString(Qt::ISODate)}});
    array.append(QJsonObject{{u"rule"_s, w.rule}, {u"anchor"_s, w.anchor}, {u"reason"_s, w.reason},
                             {u"created_at"_s, w.createdAt.toString(Qt::ISODate)}});
    SettingsRepository(m_db).setValue(keyFor(w.reportId), QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact)));
}

} // namespace fazhi

// SPDX-License-Identifier: GPL-3.0-or-later
#include "SessionJournal.h"

#include "storage/Database.h"
#include "storage/SettingsRepository.h"

using namespace Qt::StringLiterals;

namespace fazhi {

namespace {
const QString kRunning = u"workspace.running"_s;
const QString kReport = u"workspace.report"_s;
const QString kSavedAt = u"workspace.saved_at"_s;
const QString kEdited = u"workspace.edited"_s;
} // namespace

std::optional<SessionJournal::Recovery> SessionJournal::pendingRecovery() const
{
    SettingsRepository settings(m_db);
    if (settings.value(kRunning) != u"1"_s)
        return std::nullopt;
    Recovery r;
    r.reportId = settings.value(kReport).toLongLong();
    if (r.reportId <= 0)
        return std::nullopt;
    r.savedAt = QDateTime::fromString(settings.value(kSavedAt), Qt::ISODate);
    const QString edited = settings.value(kEdited);
    if (!edited.isEmpty())
        r.editedHeadings = edited.split(u'\n');
    return r;
}

void SessionJournal::markRunning() { SettingsRepository(m_db).setValue(kRunning, u"1"_s); }
void SessionJournal::markCleanExit() { SettingsRepository(m_db).setValue(kRunning, u"0"_s); }

void SessionJournal::noteOpened(qint64 reportId)
{
    Transaction tx(m_db);
    SettingsRepository settings(m_db);
    settings.setValue(kReport, QString::number(reportId));
    settings.setValue(kEdited, QString());
    tx.commit();
}

void SessionJournal::noteSaved(qint64 reportId, const QStringList &editedHeadings)
{
    SettingsRepository settings(m_db);
    settings.setValue(kReport, QString::number(reportId));
    settings.setValue(kSavedAt, QDateTime::currentDateTime().toString(Qt::ISODate));
    settings.setValue(kEdited, editedHeadings.join(u'\n'));
}

qint64 SessionJournal::lastReport() const { return SettingsRepository(m_db).value(kReport).toLongLong(); }

} // namespace fazhi

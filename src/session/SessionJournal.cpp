// SPDX-License-Identifier: GPL-3.0-or-later
#include "SessionJournal.h"

#include "storage/Database.h"
#include "storage/ServerConnection.h"
#include "storage/SettingsRepository.h"

using namespace Qt::StringLiterals;

namespace fazhi {

namespace {
const QString kRunning = u"running"_s;
const QString kReport = u"report"_s;
const QString kSavedAt = u"saved_at"_s;
const QString kEdited = u"edited"_s;
} // namespace

QString SessionJournal::keyPrefix() const
{
    // On a shared server every login keeps its own record (and may write only that one).
    const QString login = server::login(m_db);
    if (!login.isEmpty())
        return u"workspace.%1."_s.arg(login);
    return u"workspace."_s;
}

QString SessionJournal::key(const QString &name) const { return keyPrefix() + name; }

std::optional<SessionJournal::Recovery> SessionJournal::pendingRecovery() const
{
    SettingsRepository settings(m_db);
    if (settings.value(key(kRunning)) != u"1"_s)
        return std::nullopt;
    Recovery r;
    r.reportId = settings.value(key(kReport)).toLongLong();
    if (r.reportId <= 0)
        return std::nullopt;
    r.savedAt = QDateTime::fromString(settings.value(key(kSavedAt)), Qt::ISODate);
    const QString edited = settings.value(key(kEdited));
    if (!edited.isEmpty())
        r.editedHeadings = edited.split(u'\n');
    return r;
}

void SessionJournal::markRunning() { SettingsRepository(m_db).setValue(key(kRunning), u"1"_s); }
void SessionJournal::markCleanExit() { SettingsRepository(m_db).setValue(key(kRunning), u"0"_s); }

void SessionJournal::noteOpened(qint64 reportId)
{
    Transaction tx(m_db);
    SettingsRepository settings(m_db);
    settings.setValue(key(kReport), QString::number(reportId));
    settings.setValue(key(kEdited), QString());
    tx.commit();
}

void SessionJournal::noteSaved(qint64 reportId, const QStringList &editedHeadings)
{
    const SectionSaveRepository::JournalNote note = savedNote(editedHeadings);
    SettingsRepository settings(m_db);
    settings.setValue(note.keyPrefix + kReport, QString::number(reportId));
    settings.setValue(note.keyPrefix + kSavedAt, note.savedAt);
    settings.setValue(note.keyPrefix + kEdited, note.edited);
}

SectionSaveRepository::JournalNote SessionJournal::savedNote(const QStringList &editedHeadings) const
{
    return {keyPrefix(), QDateTime::currentDateTime().toString(Qt::ISODate), editedHeadings.join(u'\n')};
}

qint64 SessionJournal::lastReport() const { return SettingsRepository(m_db).value(key(kReport)).toLongLong(); }

} // namespace fazhi

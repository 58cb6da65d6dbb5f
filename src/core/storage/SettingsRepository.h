// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "check/CheckOptions.h"

#include <QString>

namespace fazhi {

class Database;

/// Per-installation settings (report_due, publish_due as MM-dd; disabled rules …).
class SettingsRepository
{
public:
    explicit SettingsRepository(Database &db) : m_db(db) {}

    QString value(const QString &key, const QString &fallback = {}) const;
    void setValue(const QString &key, const QString &value);
    /// The checklist's options from the settings report_due, publish_due (MM-dd) and checklist.disabled
    /// (rule ids, comma separated); the clock and waivers are the caller's.
    CheckOptions checkOptions() const;

private:
    Database &m_db;
};

} // namespace fazhi

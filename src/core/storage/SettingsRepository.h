// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

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

private:
    Database &m_db;
};

} // namespace fazhi

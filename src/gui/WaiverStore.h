// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "check/Waiver.h"

#include <QList>

namespace fazhi {

class Database;

/// Findings marked "not applicable" for a report, kept in the database with their reasons.
class WaiverStore
{
public:
    explicit WaiverStore(Database &db) : m_db(db) {}

    QList<Waiver> forReport(qint64 reportId) const;
    void add(const Waiver &waiver);

private:
    Database &m_db;
};

} // namespace fazhi

// SPDX-License-Identifier: GPL-3.0-or-later
// The demo unit and reports a new user sees the first time.
#pragma once

namespace fazhi {

class Database;

class DemoData
{
public:
    /// Writes the demo unit with a drafter, a reviewer, a signer and an admin, and a 2024 and a 2025
    /// report, when the database has no unit yet.
    /// Returns whether it wrote anything. One transaction.
    static bool seedIfEmpty(Database &db);
};

} // namespace fazhi

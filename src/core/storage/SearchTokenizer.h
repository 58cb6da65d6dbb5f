// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace fazhi {

/// The FTS5 tokenizer `fazhi_grams` behind the index of one- and two-character queries (search_short,
/// migration 0009): a text's every character and every pair of adjacent characters, case folded,
/// whitespace left out; a query is one term, its own characters folded the same way. Registered with
/// SQLite for every connection this process opens (sqlite3_auto_extension): another program can read the
/// database, but changing reports' text needs this tokenizer.
class SearchTokenizer
{
public:
    /// Registers the tokenizer for every connection opened from now on (once per process; idempotent).
    static void registerForAllConnections();
};

} // namespace fazhi

// SPDX-License-Identifier: GPL-3.0-or-later
// Stable stored keys of enums: one table per enum, looked up both ways.
#pragma once

#include <QString>
#include <QStringView>

#include <array>
#include <utility>

namespace fazhi {

template <typename Enum, std::size_t N>
QString keyOf(const std::array<std::pair<Enum, QStringView>, N> &table, Enum value)
{
    for (const auto &[e, key] : table)
        if (e == value)
            return key.toString();
    return {};
}

/// The enum for `key`; the table's first entry, with *ok false, when the key is unknown.
template <typename Enum, std::size_t N>
Enum fromKey(const std::array<std::pair<Enum, QStringView>, N> &table, const QString &key, bool *ok)
{
    for (const auto &[e, k] : table) {
        if (k == key) {
            if (ok)
                *ok = true;
            return e;
        }
    }
    if (ok)
        *ok = false;
    return table.front().first;
}

} // namespace fazhi

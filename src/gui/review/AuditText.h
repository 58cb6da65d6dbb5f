// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

namespace fazhi {

/// The words the workspace shows for the audit trail's actions.
class AuditText
{
public:
    /// "submit" → 报送, … (the key itself when unknown).
    static QString action(const QString &key);
};

} // namespace fazhi

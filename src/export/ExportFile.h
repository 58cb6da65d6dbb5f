// SPDX-License-Identifier: GPL-3.0-or-later
// Writes an export's bytes through QSaveFile, so that a failure leaves no partial file behind.
#pragma once

#include <QByteArray>
#include <QString>

namespace fazhi {

class ExportFile
{
public:
    /// Writes `data` to `path` atomically. On failure returns false and sets `error` to a Chinese sentence.
    static bool write(const QString &path, const QByteArray &data, QString *error);
};

} // namespace fazhi

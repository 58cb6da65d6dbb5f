// SPDX-License-Identifier: GPL-3.0-or-later
// One part of a zip package (DOCX, OFD) read within the import limit: the size the package declares is
// checked before anything is inflated, and the size actually inflated while it is, so that a small file
// that inflates to gigabytes is refused early.
#pragma once

#include <QByteArray>
#include <QString>

class QuaZip;

namespace fazhi::zippart {

/// Refuses a part past ImportLimits::kMaxDocxPartBytes: Failure(Input) naming the kind of file ("Word", "OFD").
[[noreturn]] void refuseOversize(const QString &kind, const QString &name, qint64 size);
/// Makes `name` (case-insensitive) the current entry of `zip` and checks its declared size; false if absent.
bool select(QuaZip &zip, const QString &name, const QString &kind);
/// The whole part `name` into `out`, in chunks; false if absent or unreadable.
bool read(QuaZip &zip, const QString &name, QByteArray &out, const QString &kind);

} // namespace fazhi::zippart

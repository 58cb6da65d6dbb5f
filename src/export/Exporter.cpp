// SPDX-License-Identifier: GPL-3.0-or-later
#include "Exporter.h"

using namespace Qt::StringLiterals;

namespace fazhi {

std::unique_ptr<Exporter> Exporter::create(const QString &format)
{
    Q_UNUSED(format);
    return nullptr;
}

QStringList Exporter::formats() { return {}; }

} // namespace fazhi

// SPDX-License-Identifier: GPL-3.0-or-later
// A line of text taken out of an imported file, with what its container says about it.
#pragma once

#include <QList>
#include <QString>

namespace fazhi {

struct SourceLine
{
    QString text;
    int heading = 0; ///< 1 or 2 when the file marks the line as a heading (Word heading style, Markdown "#"), else 0
};

using SourceLines = QList<SourceLine>;

} // namespace fazhi

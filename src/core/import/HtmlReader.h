// SPDX-License-Identifier: GPL-3.0-or-later
// Reads the text of a saved web page: block elements become lines, scripts and styles are dropped,
// entities decoded. Tolerant of the malformed HTML government sites serve.
#pragma once

#include "import/SourceLine.h"

#include <QByteArray>

namespace fazhi {

class HtmlReader
{
public:
    static SourceLines read(const QString &html);
    /// The charset a page declares in its <meta> (e.g. "gb2312"), lower case, or empty.
    static QByteArray declaredCharset(const QByteArray &head);
};

} // namespace fazhi

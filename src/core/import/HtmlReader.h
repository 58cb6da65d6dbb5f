// SPDX-License-Identifier: GPL-3.0-or-later
// Reads the text of a saved web page: block elements become lines, scripts and styles are dropped,
// entities decoded. Tolerant of the malformed HTML government sites serve.
#pragma once

#include "import/SourceLine.h"

#include <QByteArray>
#include <QDate>
#include <QString>

namespace fazhi {

class HtmlReader
{
public:
    static SourceLines read(const QString &html);
    /// The charset a page declares in its <meta> (e.g. "gb2312"), lower case, or empty.
    static QByteArray declaredCharset(const QByteArray &head);
    /// The publication date a page states in its <meta> tags (PubDate, publishdate, firstpublishedtime,
    /// article:published_time, dc.date …), or an invalid date.
    static QDate publishedDate(const QString &html);
};

} // namespace fazhi

// SPDX-License-Identifier: GPL-3.0-or-later
// Reads the paragraphs of a Word document (.docx): text, heading levels from Word's heading styles, and
// the numbers of Word's own numbered lists written out ("一、", "（一）", "1.") as a reader sees them.
#pragma once

#include "import/SourceLine.h"

#include <QByteArray>
#include <QStringList>

namespace fazhi {

class DocxReader
{
public:
    /// Throws Failure(Input) with a Chinese message when `data` is not a readable .docx.
    static SourceLines read(const QByteArray &data);
    /// The report data a Fazhi export carries in its custom XML part (customXml/item*.xml in the
    /// EmbeddedReport namespace), or empty.
    static QByteArray embeddedData(const QByteArray &data);
    /// The text of the page headers (word/header*.xml), one line per paragraph, for what the body does not
    /// say (a unit named only in the header). Empty when there are none.
    static QStringList headerLines(const QByteArray &data);
};

} // namespace fazhi

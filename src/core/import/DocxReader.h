// SPDX-License-Identifier: GPL-3.0-or-later
// Reads the paragraphs of a Word document (.docx): text, heading levels from Word's heading styles, and
// the numbers of Word's own numbered lists written out ("一、", "（一）", "1.") as a reader sees them.
#pragma once

#include "import/SourceLine.h"

#include <QByteArray>

namespace fazhi {

class DocxReader
{
public:
    /// Throws Failure(Input) with a Chinese message when `data` is not a readable .docx.
    static SourceLines read(const QByteArray &data);
};

} // namespace fazhi

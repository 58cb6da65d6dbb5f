// SPDX-License-Identifier: GPL-3.0-or-later
// Reads an OFD package (GB/T 33190): each page's text objects, placed by their boundaries, rebuilt into
// paragraphs by PageText; and the report data a Fazhi export carries as an attachment.
#pragma once

#include "import/ImportFormats.h"

#include <QByteArray>

namespace fazhi {

class OfdReader
{
public:
    /// Throws Failure(Input) with a Chinese message when `data` is not a readable OFD package.
    static ExtractedText read(const QByteArray &data);
};

} // namespace fazhi

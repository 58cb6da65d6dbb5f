// SPDX-License-Identifier: GPL-3.0-or-later
#include "TextStats.h"

namespace fazhi {

int TextStats::wordCount(const QString &text)
{
    int count = 0;
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < n) {
            const char32_t ucs = QChar::surrogateToUcs4(c, text.at(i + 1));
            ++i;
            if (QChar::isLetterOrNumber(ucs))
                ++count;
            continue;
        }
        if (c.isLetterOrNumber())
            ++count;
    }
    return count;
}

} // namespace fazhi

// SPDX-License-Identifier: GPL-3.0-or-later
// How much an import may hold. A year's report is under 100,000 characters; text far above that is not a
// report (a wrong file, a log, a zip bomb) and would only make the checker and the layout slow, so every
// reader refuses it as soon as it can tell: by the sizes a .docx declares before inflating anything, and by
// the decoded characters while it reads.
#pragma once

#include <QString>

namespace fazhi {

class ImportLimits
{
public:
    /// Decoded characters (UTF-16 units) a report may have, whatever the format it came in.
    static constexpr qsizetype kMaxTextChars = 2'000'000;
    /// Bytes one part of a .docx (word/document.xml, styles, numbering) may inflate to.
    static constexpr qint64 kMaxDocxPartBytes = 64 * 1024 * 1024;

    /// Throws Failure(Input) with a Chinese message when `chars` decoded characters are more than a report
    /// can be; `what` names the file for the message (may be empty).
    static void checkText(qsizetype chars, const QString &what = {});
};

} // namespace fazhi

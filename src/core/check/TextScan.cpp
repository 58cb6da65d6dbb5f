// SPDX-License-Identifier: GPL-3.0-or-later
#include "check/TextScan.h"

#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

#include <memory>

namespace fazhi::scan {

QList<int> wordBoundaries(QStringView text)
{
    QList<int> bounds;
    UErrorCode status = U_ZERO_ERROR;
    static thread_local std::unique_ptr<icu::BreakIterator> words(
        icu::BreakIterator::createWordInstance(icu::Locale::getChinese(), status));
    if (!words || U_FAILURE(status) || text.isEmpty())
        return {0, int(text.size())};
    // A read-only alias of the text: the iterator keeps a reference to it while it runs.
    const icu::UnicodeString alias(false, reinterpret_cast<const UChar *>(text.utf16()), int32_t(text.size()));
    words->setText(alias);
    for (int32_t at = words->first(); at != icu::BreakIterator::DONE; at = words->next())
        bounds.append(int(at));
    words->setText(icu::UnicodeString());
    return bounds;
}

QStringList words(QStringView text)
{
    QStringList out;
    const QList<int> bounds = wordBoundaries(text);
    for (qsizetype i = 1; i < bounds.size(); ++i)
        out.append(text.mid(bounds.at(i - 1), bounds.at(i) - bounds.at(i - 1)).toString());
    return out;
}

bool isDigit(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'0' && u <= u'9') || (u >= 0xFF10 && u <= 0xFF19);
}

bool isClauseEnd(QChar c)
{
    switch (c.unicode()) {
    case u'。': case u'；': case u'：': case u'！': case u'？': case u'\n': case u'，':
        return true;
    default:
        return false;
    }
}

QString foldWidth(QStringView text)
{
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2 *nfkc = icu::Normalizer2::getNFKCInstance(status);
    QString out = text.toString();
    if (U_FAILURE(status))
        return out;
    for (qsizetype i = 0; i < out.size(); ++i) {
        const char16_t c = out.at(i).unicode();
        // Only the full-width forms of digits and Latin letters: the Chinese marks (，。（）) stay as they are.
        if (!((c >= 0xFF10 && c <= 0xFF19) || (c >= 0xFF21 && c <= 0xFF3A) || (c >= 0xFF41 && c <= 0xFF5A) ||
              c == 0xFF0E || c == 0xFF05 || c == 0xFF0D))
            continue;
        icu::UnicodeString folded;
        nfkc->normalize(icu::UnicodeString(UChar(c)), folded, status);
        if (U_SUCCESS(status) && folded.length() == 1)
            out[i] = QChar(folded.charAt(0));
        status = U_ZERO_ERROR;
    }
    return out;
}

QString excerpt(QStringView text, int offset, int length)
{
    if (offset < 0 || offset > text.size())
        return {};
    if (length >= 20)
        return text.mid(offset, 20).toString();
    // The line around the offset, looked for only as far as the excerpt can reach: a report pasted as one
    // line must not cost a scan of the whole line per finding.
    int lineStart = offset;
    while (lineStart > 0 && offset - lineStart < 20 && text.at(lineStart - 1) != u'\n')
        --lineStart;
    int lineEnd = offset;
    while (lineEnd < text.size() && lineEnd - offset < 20 && text.at(lineEnd) != u'\n')
        ++lineEnd;
    const int spare = 20 - length;
    int start = std::max(lineStart, offset - spare / 2);
    int end = std::min(lineEnd, start + 20);
    start = std::max(lineStart, end - 20);
    // Never cut a surrogate pair.
    if (start > 0 && start < text.size() && text.at(start).isLowSurrogate())
        ++start;
    if (end > 0 && end < text.size() && text.at(end).isLowSurrogate())
        --end;
    return text.mid(start, end - start).toString();
}

int sentenceStart(QStringView text, int offset)
{
    int i = std::min<int>(offset, int(text.size()));
    while (i > 0) {
        const QChar c = text.at(i - 1);
        if (c == u'\n' || c == u'。' || c == u'！' || c == u'？' || c == u'；' || c == u'：')
            break;
        --i;
    }
    return i;
}

int sentenceEnd(QStringView text, int offset)
{
    int i = std::max(0, offset);
    while (i < text.size()) {
        const QChar c = text.at(i);
        if (c == u'\n')
            return i;
        ++i;
        if (c == u'。' || c == u'！' || c == u'？' || c == u'；')
            return i;
    }
    return i;
}

} // namespace fazhi::scan

// SPDX-License-Identifier: GPL-3.0-or-later
// Small text helpers the checklist rules share; the character classes of Chinese text are in
// text/ChineseText.h.
#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <algorithm>
#include <bitset>

namespace fazhi::scan {

/// Word boundaries by ICU's dictionary segmentation of Chinese, as offsets into `text` (0 and its size
/// included): 习近平平法治 → 0 3 4 6.
QList<int> wordBoundaries(QStringView text);
/// The words of `text` by wordBoundaries(), punctuation and spaces included as words of their own.
QStringList words(QStringView text);

/// ASCII or full-width decimal digit.
bool isDigit(QChar c);
/// Marks that end a sentence or clause so that a new enumerator may follow: 。；：！？ and line start.
bool isClauseEnd(QChar c);
/// The text with full-width digits, Latin letters and ASCII-twin marks folded to their half-width form by
/// ICU's NFKC, one UTF-16 unit for one, so offsets stay valid (２０２５年０６月 → 2025年06月).
QString foldWidth(QStringView text);
/// Up to 20 characters around [offset, offset + length) of `text`, within its line.
QString excerpt(QStringView text, int offset, int length);
/// Start of the sentence or clause containing `offset`: after the previous 。！？；： or the line start.
int sentenceStart(QStringView text, int offset);
/// End of the sentence containing `offset` (after its 。！？； or at the line end).
int sentenceEnd(QStringView text, int offset);

/// A set of UTF-16 units for rejecting most positions of a text at once (the first characters of a word list).
class CharFilter
{
public:
    void add(QChar c) { m_bits.set(c.unicode()); }
    bool contains(QChar c) const { return m_bits.test(c.unicode()); }

private:
    std::bitset<65536> m_bits;
};

/// A list of words by their first character, so that a piece of text is read once for all of them.
/// Each word carries the caller's index (e.g. into the list it came from).
class WordIndex
{
public:
    struct Entry
    {
        QString word;
        qsizetype index = 0;
    };

    void add(const QString &word, qsizetype index)
    {
        if (word.isEmpty())
            return;
        m_byFirst[word.at(0)].append({word, index});
        m_first.add(word.at(0));
    }
    bool contains(const QString &word) const
    {
        const auto it = m_byFirst.constFind(word.isEmpty() ? QChar() : word.at(0));
        return it != m_byFirst.cend()
               && std::any_of(it->cbegin(), it->cend(), [&](const Entry &e) { return e.word == word; });
    }
    /// The entries whose word starts at `at` in `text`, in the order they were added.
    QList<const Entry *> at(QStringView text, qsizetype at) const
    {
        QList<const Entry *> found;
        forEachAt(text, at, [&found](const Entry &e) { found.append(&e); });
        return found;
    }
    /// Calls `visit(entry)` for each entry whose word starts at `at` in `text`, in the order they were
    /// added, allocating nothing: what the rules that try every position of a report use.
    template<typename Visit>
    void forEachAt(QStringView text, qsizetype at, Visit &&visit) const
    {
        if (!m_first.contains(text.at(at)))
            return;
        const auto it = m_byFirst.constFind(text.at(at));
        if (it == m_byFirst.cend())
            return;
        const QStringView rest = text.mid(at);
        for (const Entry &e : *it)
            if (rest.startsWith(e.word))
                visit(e);
    }

private:
    QHash<QChar, QList<Entry>> m_byFirst;
    CharFilter m_first;
};

} // namespace fazhi::scan

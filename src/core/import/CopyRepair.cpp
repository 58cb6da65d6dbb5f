// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/CopyRepair.h"

#include "text/ChineseText.h"

#include <opencc.h>

#include <QHash>
#include <QRegularExpression>

#include <array>
#include <mutex>

using namespace Qt::StringLiterals;

namespace fazhi {

namespace {

/// The nearest character on one side that is not a space, or a null QChar.
QChar neighbour(const QString &text, qsizetype i, int step)
{
    for (qsizetype j = i + step; j >= 0 && j < text.size(); j += step) {
        const QChar c = text.at(j);
        if (c == u'\n')
            return {};
        if (c != u' ' && c != u'\t' && c != QChar(0x3000))
            return c;
    }
    return {};
}

bool isDigit(QChar c) { return c >= u'0' && c <= u'9'; }

struct Mark
{
    char16_t ascii;
    char16_t full;
};
constexpr std::array<Mark, 7> kMarks{{{u',', u'，'}, {u':', u'：'}, {u';', u'；'}, {u'(', u'（'}, {u')', u'）'}, {u'?', u'？'}, {u'!', u'！'}}};

/// Characters that occur only in traditional text; one of them is enough to ask OpenCC.
const QString &traditionalHints()
{
    static const QString hints = u"這們國會來時對發說與為區縣鎮務門開關體規範執處實現經過還進選導幹監檢審議廣東極業專樣電話機構辦歷學習總結報設計條認識讓點應當綜黨員協調權責"
                                 u"層級從於個兩們產價營務單書義見觀計論議負責資質陳頭領風飛養驗點齊"_s;
    return hints;
}

class SimplifiedConverter
{
public:
    static SimplifiedConverter &instance()
    {
        static SimplifiedConverter converter;
        return converter;
    }
    bool convert(const QString &in, QString &out)
    {
        const std::lock_guard lock(m_mutex);
        if (m_handle == opencc_t(-1))
            return false;
        const QByteArray utf8 = in.toUtf8();
        char *converted = opencc_convert_utf8(m_handle, utf8.constData(), size_t(utf8.size()));
        if (!converted)
            return false;
        out = QString::fromUtf8(converted);
        opencc_convert_utf8_free(converted);
        return true;
    }

private:
    SimplifiedConverter()
    {
        m_handle = opencc_open("t2s.json");
        if (m_handle == opencc_t(-1))
            m_handle = opencc_open("/usr/share/opencc/t2s.json");
    }
    ~SimplifiedConverter()
    {
        if (m_handle != opencc_t(-1))
            opencc_close(m_handle);
    }
    std::mutex m_mutex;
    opencc_t m_handle = opencc_t(-1);
};

} // namespace

QString CopyRepair::restorePunctuation(QString &text)
{
    // Count, for each ASCII mark, how often it stands next to Chinese text, and whether its twin occurs.
    QHash<char16_t, int> candidates;
    QHash<char16_t, bool> twinPresent;
    for (const Mark &m : kMarks)
        twinPresent.insert(m.ascii, text.contains(QChar(m.full)));
    const auto chineseSide = [&](qsizetype i) {
        const QChar before = neighbour(text, i, -1);
        const QChar after = neighbour(text, i, +1);
        if (isDigit(before) && isDigit(after))
            return false;
        return (!before.isNull() && chinese::isChineseText(before)) || (!after.isNull() && chinese::isChineseText(after));
    };
    // Parentheses are decided as pairs: a pair around Chinese text, or next to it, is Chinese. Whether a
    // pair holds Chinese text comes from a running count, so nested or long pairs cost nothing extra.
    QList<qsizetype> chineseBefore;
    if (text.contains(u')')) {
        chineseBefore.resize(text.size() + 1);
        chineseBefore[0] = 0;
        for (qsizetype i = 0; i < text.size(); ++i)
            chineseBefore[i + 1] = chineseBefore.at(i) + (chinese::isChineseText(text.at(i)) ? 1 : 0);
    }
    QList<qsizetype> convertAt;
    QList<qsizetype> open;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        if (c == u'\n') {
            open.clear();
            continue;
        }
        if (c == u'(') {
            open.append(i);
        } else if (c == u')') {
            if (!open.isEmpty()) {
                const qsizetype o = open.takeLast();
                const bool chineseInside = chineseBefore.at(i) > chineseBefore.at(o + 1);
                if (chineseInside || chineseSide(o) || chineseSide(i)) {
                    convertAt << o << i;
                    ++candidates[u'('];
                    ++candidates[u')'];
                }
            } else if (chineseSide(i)) {
                convertAt << i;
                ++candidates[u')'];
            }
        } else if (c == u',' || c == u':' || c == u';' || c == u'?' || c == u'!') {
            if (chineseSide(i)) {
                convertAt << i;
                ++candidates[c];
            }
        }
    }
    for (qsizetype o : open)
        if (chineseSide(o)) {
            convertAt << o;
            ++candidates[u'('];
        }

    const bool flattened = !twinPresent.value(u',') && candidates.value(u',') >= 3;
    const auto applies = [&](char16_t ascii) {
        const char16_t pairTwin = ascii == u'(' ? u')' : ascii == u')' ? u'(' : 0;
        if (twinPresent.value(ascii) || (pairTwin && twinPresent.value(pairTwin)))
            return false;
        return flattened || candidates.value(ascii) >= 3;
    };
    int count = 0;
    QString used;
    for (qsizetype i : convertAt) {
        const char16_t c = text.at(i).unicode();
        if (!applies(c))
            continue;
        for (const Mark &m : kMarks)
            if (m.ascii == c) {
                text[i] = QChar(m.full);
                if (!used.contains(QChar(m.full)))
                    used += QChar(m.full);
                ++count;
            }
    }
    if (!count)
        return {};
    QString marks;
    for (const Mark &m : kMarks)
        if (used.contains(QChar(m.full)))
            marks += QChar(m.full);
    return u"复制时全角标点被替换成了半角（全文没有一个全角的对应标点）：已把汉字之间的半角标点恢复为全角 %1，共 %2 处。"_s.arg(marks).arg(count);
}

QString CopyRepair::toSimplified(QString &text)
{
    bool hinted = false;
    for (QChar c : text)
        if (chinese::isHan(c) && traditionalHints().contains(c)) {
            hinted = true;
            break;
        }
    if (!hinted)
        return {};
    QString converted;
    if (!SimplifiedConverter::instance().convert(text, converted))
        return u"文中有繁体字，但繁简转换组件不可用，未能转换。"_s;
    int changed = 0;
    int han = 0;
    if (converted.size() == text.size()) {
        for (qsizetype i = 0; i < text.size(); ++i) {
            han += chinese::isHan(text.at(i)) ? 1 : 0;
            changed += text.at(i) != converted.at(i) ? 1 : 0;
        }
    } else {
        for (QChar c : text)
            han += chinese::isHan(c) ? 1 : 0;
        changed = int(qAbs(converted.size() - text.size())) + 1;
        for (QChar c : text)
            changed += traditionalHints().contains(c) ? 1 : 0;
    }
    // A simplified text with one stray variant is left alone; the checker can point at it.
    if (changed < 2 || changed * 50 < han)
        return {};
    text = converted;
    return u"全文是繁体字，已转换为简体字（%1 处）。"_s.arg(changed);
}

bool CopyRepair::startsWithNumber(const QString &line)
{
    static const QRegularExpression number(
        u"^\\s*(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十\\d]{1,3}[）)]|\\d{1,2}[.．、](?!\\d)|第[一二三四五六七八九十]+(?:部分|章|节)|[①-⑳])"_s);
    return number.match(line).hasMatch();
}

QString CopyRepair::joinHardBreaks(SourceLines &lines)
{
    static const QString sentenceEnds = u"。！？：；!?:;…"_s;
    const auto ends = [&](const QString &s) { return !s.isEmpty() && sentenceEnds.contains(s.back()); };
    // The wrap width: the commonest length among lines that stop mid-sentence.
    QHash<int, int> widths;
    for (const SourceLine &l : lines)
        if (!l.heading && l.text.size() >= 20 && !ends(l.text))
            ++widths[int(l.text.size())];
    int width = 0;
    int best = 0;
    for (auto it = widths.cbegin(); it != widths.cend(); ++it) {
        const int around = it.value() + widths.value(it.key() - 1) + widths.value(it.key() + 1);
        if (it.value() >= 3 && around >= 4 && around > best) {
            best = around;
            width = it.key();
        }
    }
    int joined = 0;
    SourceLines out;
    out.reserve(lines.size());
    qsizetype lastLength = 0; // length of the last physical line, which a join does not change
    for (const SourceLine &l : lines) {
        if (!out.isEmpty() && !l.heading && !l.text.isEmpty() && !startsWithNumber(l.text)) {
            SourceLine &prev = out.last();
            const QString &p = prev.text;
            const bool wrapped = width && lastLength >= width - 1 && lastLength <= width + 1;
            const bool midSentence = p.endsWith(u'，') || p.endsWith(u'、');
            if (!prev.heading && !p.isEmpty() && !ends(p) && (wrapped || midSentence) && lastLength > 8) {
                prev.text += l.text;
                lastLength = l.text.size();
                ++joined;
                continue;
            }
        }
        out.append(l);
        lastLength = l.text.size();
    }
    lines = out;
    if (!joined)
        return {};
    return u"合并了段落内被硬换行拆开的 %1 处。"_s.arg(joined);
}

} // namespace fazhi

// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/PartStructure.h"

#include "check/Checklist.h"
#include "check/StructureMap.h"
#include "text/ChineseText.h"
#include "text/Numbering.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace fazhi {

namespace {

const QRegularExpression &partPattern()
{
    static const QRegularExpression re(u"^([一二三四五六七八九十]{1,3})\\s*[、.．，,]\\s*(.*)$"_s);
    return re;
}

const QRegularExpression &partWordPattern()
{
    static const QRegularExpression re(u"^第([一二三四五六七八九十]{1,3})部分\\s*[、：:，,.．]?\\s*(.*)$"_s);
    return re;
}

const QRegularExpression &subPattern()
{
    static const QRegularExpression re(u"^[（(]([一二三四五六七八九十]{1,3})[）)]\\s*[、，,.．]?\\s*(.*)$"_s);
    return re;
}

/// Any heading number at the start of a line that Word or Markdown already marks as a heading.
const QRegularExpression &leadingNumber()
{
    static const QRegularExpression re(
        u"^\\s*(?:[一二三四五六七八九十]{1,3}\\s*[、.．]|[（(][一二三四五六七八九十\\d]{1,3}[）)]\\s*[、.．]?|\\d{1,2}\\s*[.．、](?!\\d)|第[一二三四五六七八九十]+部分\\s*[、：:]?)\\s*"_s);
    return re;
}

QString stripStop(QString s)
{
    s = chinese::trimmed(s);
    while (s.endsWith(u'。') || s.endsWith(u'.'))
        s.chop(1);
    return s;
}

QString partName(const RawPart &p)
{
    return u"第%1部分“%2”"_s.arg(numbering::chineseNumeral(qMax(1, p.number)), p.heading);
}

class BodyReader
{
public:
    BodyStructure run(const SourceLines &lines)
    {
        readBody(lines);
        finishParts();
        m_out.opening = m_opening;
        m_out.parts = m_parts;
        return std::move(m_out);
    }

private:
    struct SubHead
    {
        QString heading;
        QString rest;
        bool runIn = false;
    };

    /// Splits the text after （一） into the heading and the run-in text that follows it.
    SubHead splitSubHeading(const QString &text, bool marked, int partNumber, int number)
    {
        SubHead h;
        if (marked) {
            h.heading = stripStop(text);
            return h;
        }
        qsizetype stop = -1;
        for (qsizetype i = 0; i < text.size(); ++i) {
            const QChar c = text.at(i);
            if (c == u'。' || c == u'：' || c == u'！' || c == u'？') {
                stop = i;
                break;
            }
        }
        // A heading that lost its 。 and runs straight into 一是.
        const qsizetype firstItem = text.indexOf(u"一是"_s);
        if (firstItem >= 6 && (stop < 0 || firstItem < stop)) {
            h.heading = text.left(firstItem);
            h.rest = text.mid(firstItem);
            h.runIn = true;
            m_out.repairs.append(u"第%1部分（%2）的标题后缺少句号，标题与“一是”连在一起：已在“%3”之后分开。"_s
                                     .arg(numbering::chineseNumeral(partNumber), numbering::chineseNumeral(number), h.heading));
            return h;
        }
        if (stop < 0 || stop == text.size() - 1) {
            h.heading = text.at(text.size() - 1) == u'。' ? text.chopped(1) : text;
            if (h.heading.size() > 50)
                m_out.warnings.append(u"第%1部分（%2）的标题很长（%3字），可能是一段正文，请核对。"_s
                                          .arg(numbering::chineseNumeral(partNumber), numbering::chineseNumeral(number))
                                          .arg(h.heading.size()));
            return h;
        }
        h.heading = text.at(stop) == u'。' ? text.left(stop) : text.left(stop + 1);
        h.rest = chinese::trimmed(text.mid(stop + 1));
        h.runIn = true;
        if (h.heading.size() > 50)
            m_out.warnings.append(u"第%1部分（%2）的标题很长（%3字），可能标题后的句号在复制时丢失，请核对标题与正文的分界。"_s
                                      .arg(numbering::chineseNumeral(partNumber), numbering::chineseNumeral(number))
                                      .arg(h.heading.size()));
        return h;
    }

    void readBody(const SourceLines &lines)
    {
        QStringList opening;
        for (const SourceLine &line : lines) {
            const int expected = int(m_parts.size()) + 1;
            // A part heading.
            int number = 0;
            QString rest;
            QString marker;
            if (line.heading == 1) {
                number = expected;
                rest = QString(line.text).remove(leadingNumber());
                if (const auto m = leadingNumber().match(line.text); m.hasMatch())
                    marker = m.captured().trimmed();
            } else if (line.heading == 0) {
                auto m = partPattern().match(line.text);
                if (!m.hasMatch())
                    m = partWordPattern().match(line.text);
                if (m.hasMatch()) {
                    const int n = chinese::numeralValue(m.captured(1));
                    const QString r = m.captured(2);
                    const qsizetype stop = r.indexOf(u'。');
                    const bool headingLike = !r.isEmpty() && (r.size() <= 60 || (stop > 0 && stop <= 40));
                    // A part heading is judged by its words as well as its number: a repeated or skipped
                    // "二、" before the words of a standard part still opens a part.
                    const bool partWords = headingLike && n > 0 && PartStructure::classifyPart(stripStop(r.left(stop > 0 ? stop : r.size()))) > 0;
                    if (headingLike && (n == expected || (n > expected && n <= expected + 2) || partWords)) {
                        number = n;
                        rest = r;
                        marker = line.text.left(m.capturedStart(2)).trimmed();
                        if (n != expected)
                            m_out.warnings.append(u"部分编号不连续：在第%1部分之后出现了“%2”，导入时按位置编号，原编号交给检查。"_s.arg(numbering::chineseNumeral(expected - 1), marker));
                    }
                }
            }
            if (number) {
                RawPart p;
                p.number = number;
                p.marker = marker;
                const qsizetype stop = rest.indexOf(u'。');
                if (stop > 0 && stop < rest.size() - 1 && stop <= 40) {
                    p.heading = rest.left(stop);
                    p.paragraphs.append(chinese::trimmed(rest.mid(stop + 1)));
                } else {
                    p.heading = stripStop(rest);
                }
                m_parts.append(p);
                continue;
            }
            if (m_parts.isEmpty()) {
                opening.append(line.text);
                continue;
            }
            RawPart &part = m_parts.last();
            // A subsection.
            const int lastSub = part.subs.isEmpty() ? 0 : part.subs.last().number;
            int subNumber = 0;
            QString subText;
            QString subMarker;
            if (line.heading == 2) {
                subNumber = lastSub + 1;
                subText = QString(line.text).remove(leadingNumber());
                if (const auto m = leadingNumber().match(line.text); m.hasMatch())
                    subMarker = m.captured().trimmed();
            } else if (line.heading == 0) {
                if (const auto m = subPattern().match(line.text); m.hasMatch()) {
                    const int n = chinese::numeralValue(m.captured(1));
                    // A repeated （二） is the clerk's slip, not a paragraph of the subsection before.
                    if (n > 0 && n >= lastSub && (lastSub > 0 || n > lastSub) && n <= lastSub + 3 && !m.captured(2).isEmpty()) {
                        subNumber = n == lastSub ? lastSub + 1 : n;
                        subText = m.captured(2);
                        subMarker = line.text.left(m.capturedStart(2)).trimmed();
                    }
                }
            }
            if (subNumber) {
                const SubHead h = splitSubHeading(subText, line.heading == 2, part.number, subNumber);
                RawSub s;
                s.number = subNumber;
                s.marker = subMarker;
                s.heading = h.heading;
                s.runIn = h.runIn;
                if (!h.rest.isEmpty())
                    s.paragraphs.append(h.rest);
                part.subs.append(s);
                continue;
            }
            if (part.subs.isEmpty())
                part.paragraphs.append(line.text);
            else
                part.subs.last().paragraphs.append(line.text);
        }
        if (m_parts.isEmpty()) {
            if (opening.isEmpty())
                return;
            RawPart all;
            all.heading = u"正文"_s;
            all.number = 1;
            all.paragraphs = opening;
            m_parts.append(all);
            m_out.warnings.append(u"未识别出报告的各个部分（“一、”“二、”……），全文作为一个“正文”部分导入，请手工划分。"_s);
            return;
        }
        m_opening = opening;
    }

    void inferLostFirstSubsection(RawPart &part)
    {
        if (part.subs.isEmpty() || part.subs.first().number != 2 || part.paragraphs.isEmpty())
            return;
        const QString p = part.paragraphs.last();
        const qsizetype stop = p.indexOf(u'。');
        if (stop < 4 || stop > 40 || stop >= p.size() - 1) {
            m_out.warnings.append(u"%1的小节从（二）开始，（一）可能在复制时丢失，请核对。"_s.arg(partName(part)));
            return;
        }
        RawSub first;
        first.number = 1;
        first.heading = p.left(stop);
        first.runIn = true;
        first.paragraphs.append(chinese::trimmed(p.mid(stop + 1)));
        part.paragraphs.removeLast();
        part.subs.prepend(first);
        m_out.warnings.append(u"%1的小节从（二）开始，编号（一）在复制时丢失：已把其前一段“%2”作为（一），请核对。"_s.arg(partName(part), first.heading));
    }

    /// "存在问题和下一步工作打算" with （一）问题 （二）打算 becomes part 2 and part 4.
    QList<RawPart> splitCombined(const RawPart &part)
    {
        qsizetype planAt = -1;
        for (qsizetype i = 0; i < part.subs.size(); ++i)
            if (PartStructure::classifyPart(part.subs.at(i).heading) == 4) {
                planAt = i;
                break;
            }
        if (planAt <= 0) {
            RawPart p = part;
            p.part = 2;
            m_out.warnings.append(u"%1合并了“存在的不足”和“下一步安排”，但未能按小节拆开，已作为第二部分（不足）导入。"_s.arg(partName(part)));
            return {p};
        }
        // Headings of the two halves: from the subsections when each half is one, else from the combined heading.
        static const QRegularExpression joiner(u"(和|及|与|以及|暨)"_s);
        QString left = part.heading;
        QString right = part.heading;
        for (auto it = joiner.globalMatch(part.heading); it.hasNext();) {
            const auto m = it.next();
            const QString r = part.heading.mid(m.capturedEnd());
            if (PartStructure::classifyPart(r) == 4) {
                left = part.heading.left(m.capturedStart());
                right = r;
                break;
            }
        }
        const auto half = [&](qsizetype from, qsizetype to, int standard, const QString &heading) {
            RawPart p;
            p.number = part.number;
            p.marker = from == 0 ? part.marker : QString(); // one number as written for the two halves
            p.part = standard;
            p.heading = heading;
            if (to - from == 1 && part.paragraphs.isEmpty()) {
                p.heading = part.subs.at(from).heading;
                while (p.heading.endsWith(u'：'))
                    p.heading.chop(1);
                p.paragraphs = part.subs.at(from).paragraphs;
            } else {
                if (from == 0)
                    p.paragraphs = part.paragraphs;
                p.subs = part.subs.mid(from, to - from);
            }
            return p;
        };
        m_out.warnings.append(u"%1合并了第二部分（不足）和第四部分（下一步安排）：已按其小节拆为两个部分。"_s.arg(partName(part)));
        return {half(0, planAt, 2, left), half(planAt, part.subs.size(), 4, right)};
    }

    void finishParts()
    {
        QList<RawPart> parts;
        for (RawPart &p : m_parts) {
            inferLostFirstSubsection(p);
            if (p.heading == u"正文"_s && m_parts.size() == 1 && m_opening.isEmpty() && p.subs.isEmpty()) {
                p.part = 0;
                parts.append(p);
                continue;
            }
            const int standard = PartStructure::classifyPart(p.heading);
            if (standard == 24) {
                parts.append(splitCombined(p));
                continue;
            }
            p.part = standard;
            if (!standard)
                m_out.warnings.append(u"%1不对应标准的五个部分，已作为附加部分保留在原位置。"_s.arg(partName(p)));
            parts.append(p);
        }
        m_parts = parts;
        QList<int> seen;
        for (const RawPart &p : m_parts)
            if (p.part)
                seen.append(p.part);
        const auto name = [](int n) {
            const PartSpec *spec = Checklist::builtin().part(n);
            return spec ? spec->name : QString();
        };
        for (int n = 1; n <= 4; ++n) {
            if (seen.contains(n) || (m_parts.size() == 1 && m_parts.first().heading == u"正文"_s))
                continue;
            const QString where = n == 3 ? leaderDutyMention() : QString();
            m_out.warnings.append(where.isEmpty()
                                      ? u"没有找到第%1部分（%2）。"_s.arg(numbering::chineseNumeral(n), name(n))
                                      : u"没有单独的第三部分（%1），只%2。"_s.arg(name(n), where));
        }
        for (qsizetype i = 1; i < seen.size(); ++i)
            if (seen.at(i) < seen.at(i - 1)) {
                m_out.warnings.append(u"各部分的顺序不是标准的一、二、三、四、五，已按原顺序导入。"_s);
                break;
            }
    }

    /// Where the leaders' duty (part 3) is mentioned when it is not a part of its own, or empty.
    QString leaderDutyMention() const
    {
        for (const RawPart &p : m_parts)
            for (const RawSub &s : p.subs)
                if (PartStructure::classifyPart(s.heading) == 3)
                    return u"作为%1的小节（%2）出现"_s.arg(partName(p), numbering::label(2, s.number));
        for (const RawPart &p : m_parts) {
            const auto mentions = [](const QStringList &paragraphs) {
                for (const QString &t : paragraphs)
                    if (t.contains(u"第一责任人"))
                        return true;
                return false;
            };
            if (mentions(p.paragraphs))
                return u"在%1的正文中提到"_s.arg(partName(p));
            for (const RawSub &s : p.subs)
                if (mentions(s.paragraphs))
                    return u"在%1（%2）的正文中提到"_s.arg(partName(p), numbering::chineseNumeral(s.number));
        }
        return {};
    }

    BodyStructure m_out;
    QStringList m_opening;
    QList<RawPart> m_parts;
};

} // namespace

bool PartStructure::isPartHeading(const QString &line)
{
    return partPattern().match(line).hasMatch();
}

BodyStructure PartStructure::read(const SourceLines &body)
{
    return BodyReader().run(body);
}

int PartStructure::classifyPart(const QString &heading)
{
    // The checklist's heading variants (structure.json, with the installation's own), so that the importer
    // and the checker read the same heading as the same part.
    bool alsoNextYear = false;
    const int part = StructureMap::classifyHeading(heading, Checklist::builtin(), &alsoNextYear);
    return alsoNextYear ? 24 : part;
}

} // namespace fazhi

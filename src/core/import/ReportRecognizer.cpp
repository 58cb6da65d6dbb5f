// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/ReportRecognizer.h"

#include "import/ChineseText.h"
#include "import/ProblemExtractor.h"
#include "import/SignatureBlock.h"
#include "text/Numbering.h"
#include "text/ReportLayout.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace fazhi {

namespace {

struct Line
{
    QString text;
    int heading = 0;
    bool blankBefore = false;
};

struct RawSub
{
    QString heading;
    QStringList paragraphs;
    bool runIn = false;
    int number = 0;
};

struct RawPart
{
    QString heading;
    int number = 0;
    int part = 0;
    QStringList paragraphs;
    QList<RawSub> subs;
};

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

bool containsAny(const QString &s, std::initializer_list<QStringView> words)
{
    for (QStringView w : words)
        if (s.contains(w))
            return true;
    return false;
}

QString stripStop(QString s)
{
    s = chinese::trimmed(s);
    while (s.endsWith(u'。') || s.endsWith(u'.'))
        s.chop(1);
    return s;
}

QString isoOrNone(const QDate &d) { return d.isValid() ? u"%1年%2月%3日"_s.arg(d.year()).arg(d.month()).arg(d.day()) : QString(); }

QString markdownParagraphs(const QStringList &paragraphs)
{
    QStringList escaped;
    for (const QString &p : paragraphs)
        if (!chinese::trimmed(p).isEmpty())
            escaped.append(markdownEscape(chinese::trimmed(p)));
    return escaped.join(u"\n\n"_s);
}

QString partName(const RawPart &p)
{
    return u"第%1部分“%2”"_s.arg(numbering::chineseNumeral(qMax(1, p.number)), p.heading);
}

class Recognizer
{
public:
    Recognizer(const SourceLines &source, const QDate &published) : m_published(published)
    {
        bool blank = true;
        for (const SourceLine &l : source) {
            const QString t = chinese::trimmed(l.text);
            if (t.isEmpty()) {
                blank = true;
                continue;
            }
            m_lines.append({t, l.heading, blank});
            blank = false;
        }
    }

    Recognition run()
    {
        qsizetype begin = findTitle();
        qsizetype end = findSignature(begin);
        begin = findAddressee(begin, end);
        readBody(begin, end);
        finishParts();
        findUnit();
        findYear();
        readDate();
        build();
        return std::move(m_out);
    }

private:
    ReportDocument &doc() { return m_out.document; }

    qsizetype findTitle()
    {
        static const QRegularExpression titleWords(u"(报告|情况|总结|述职)"_s);
        static const QRegularExpression topic(u"(法治|依法行政|法制)"_s);
        qsizetype title = -1;
        const qsizetype limit = qMin<qsizetype>(m_lines.size(), 15);
        for (qsizetype i = 0; i < limit; ++i) {
            const QString &t = m_lines.at(i).text;
            if (partPattern().match(t).hasMatch() || m_lines.at(i).heading == 2)
                break;
            if (t.size() <= 80 && !t.contains(u'。') && !t.endsWith(u'：') && !t.endsWith(u':') && titleWords.match(t).hasMatch() && topic.match(t).hasMatch()) {
                title = i;
                break;
            }
        }
        if (title < 0) {
            m_out.warnings.append(u"未识别出报告标题（应含“关于……法治政府建设……报告”）。"_s);
            return 0;
        }
        qsizetype first = title;
        // Issuing organs on the lines right above a title that starts with 关于.
        if (m_lines.at(title).text.startsWith(u"关于")) {
            while (first > 0 && title - first < 3 && !m_lines.at(first).blankBefore && isOrganLine(m_lines.at(first - 1).text))
                --first;
        }
        QString text;
        for (qsizetype i = first; i <= title; ++i) {
            text += m_lines.at(i).text;
            if (i < title)
                m_titleOrgans.append(splitOrgans(m_lines.at(i).text));
        }
        qsizetype next = title + 1;
        // A title broken over two lines.
        static const QRegularExpression ending(u"(报告|情况|总结)$"_s);
        if (!ending.match(text).hasMatch() && next < m_lines.size() && m_lines.at(next).text.size() <= 25 &&
            ending.match(m_lines.at(next).text).hasMatch() && !m_lines.at(next).text.contains(u'。')) {
            text += m_lines.at(next).text;
            ++next;
        }
        for (qsizetype i = 0; i < first; ++i)
            m_out.removed.append(m_lines.at(i).text);
        doc().report.title = text;
        return next;
    }

    qsizetype findAddressee(qsizetype begin, qsizetype end)
    {
        if (begin >= end)
            return begin;
        const QString &t = m_lines.at(begin).text;
        if (t.size() <= 60 && (t.endsWith(u'：') || t.endsWith(u':')) && !t.contains(u'。') && !m_lines.at(begin).heading &&
            !partPattern().match(t).hasMatch()) {
            QString a = t;
            a.chop(1);
            doc().report.addressee = chinese::trimmed(a);
            return begin + 1;
        }
        return begin;
    }

    /// Finds 发文机关署名 and 成文日期 at the end; returns where the body ends.
    qsizetype findSignature(qsizetype begin)
    {
        qsizetype end = m_lines.size();
        qsizetype dateAt = -1;
        for (qsizetype i = m_lines.size() - 1; i >= begin && i >= m_lines.size() - 4; --i) {
            const DateLine d = parseDateLine(m_lines.at(i).text);
            if (d.kind != DateKind::None) {
                dateAt = i;
                m_date = d;
                break;
            }
        }
        if (dateAt >= 0) {
            static const QRegularExpression note(u"^[（(].{2,30}[）)]$"_s);
            for (qsizetype i = dateAt + 1; i < m_lines.size(); ++i) {
                if (note.match(m_lines.at(i).text).hasMatch() && doc().report.note.isEmpty())
                    doc().report.note = m_lines.at(i).text;
                else
                    m_out.removed.append(m_lines.at(i).text);
            }
            end = dateAt;
        }
        qsizetype first = end;
        while (first > begin && end - first < 4 && isOrganLine(m_lines.at(first - 1).text) && !m_lines.at(first - 1).heading)
            --first;
        for (qsizetype i = first; i < end; ++i)
            m_signatories.append(splitOrgans(m_lines.at(i).text));
        return first;
    }

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

    void readBody(qsizetype begin, qsizetype end)
    {
        QStringList opening;
        for (qsizetype i = begin; i < end; ++i) {
            const Line &line = m_lines.at(i);
            const int expected = int(m_parts.size()) + 1;
            // A part heading.
            int number = 0;
            QString rest;
            if (line.heading == 1) {
                number = expected;
                rest = QString(line.text).remove(leadingNumber());
            } else if (line.heading == 0) {
                auto m = partPattern().match(line.text);
                if (!m.hasMatch())
                    m = partWordPattern().match(line.text);
                if (m.hasMatch()) {
                    const int n = chinese::numeralValue(m.captured(1));
                    const QString r = m.captured(2);
                    const qsizetype stop = r.indexOf(u'。');
                    const bool headingLike = !r.isEmpty() && (r.size() <= 60 || (stop > 0 && stop <= 40));
                    if (headingLike && (n == expected || (n > expected && n <= expected + 2))) {
                        number = n;
                        rest = r;
                        if (n != expected)
                            m_out.warnings.append(u"部分编号不连续：在第%1部分之后出现了“%2、”。"_s.arg(numbering::chineseNumeral(expected - 1), m.captured(1)));
                    }
                }
            }
            if (number) {
                RawPart p;
                p.number = number;
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
            if (line.heading == 2) {
                subNumber = lastSub + 1;
                subText = QString(line.text).remove(leadingNumber());
            } else if (line.heading == 0) {
                if (const auto m = subPattern().match(line.text); m.hasMatch()) {
                    const int n = chinese::numeralValue(m.captured(1));
                    if (n > lastSub && n <= lastSub + 3 && !m.captured(2).isEmpty()) {
                        subNumber = n;
                        subText = m.captured(2);
                    }
                }
            }
            if (subNumber) {
                const SubHead h = splitSubHeading(subText, line.heading == 2, part.number, subNumber);
                RawSub s;
                s.number = subNumber;
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
            if (ReportRecognizer::classifyPart(part.subs.at(i).heading) == 4) {
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
            if (ReportRecognizer::classifyPart(r) == 4) {
                left = part.heading.left(m.capturedStart());
                right = r;
                break;
            }
        }
        const auto half = [&](qsizetype from, qsizetype to, int standard, const QString &heading) {
            RawPart p;
            p.number = part.number;
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
            const int standard = ReportRecognizer::classifyPart(p.heading);
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
        static const char16_t *names[] = {u"", u"主要举措和成效", u"存在的不足和原因", u"党政主要负责人履行推进法治建设第一责任人职责情况",
                                          u"下一步工作安排", u"其他需要报告的情况"};
        for (int n = 1; n <= 4; ++n) {
            if (seen.contains(n) || (m_parts.size() == 1 && m_parts.first().heading == u"正文"_s))
                continue;
            const QString where = n == 3 ? leaderDutyMention() : QString();
            m_out.warnings.append(where.isEmpty()
                                      ? u"没有找到第%1部分（%2）。"_s.arg(numbering::chineseNumeral(n), QString::fromUtf16(names[n]))
                                      : u"没有单独的第三部分（%1），只%2。"_s.arg(QString::fromUtf16(names[n]), where));
        }
        for (qsizetype i = 1; i < seen.size(); ++i)
            if (seen.at(i) < seen.at(i - 1)) {
                m_out.warnings.append(u"各部分的顺序不是标准的一、二、三、四、五，已按原顺序导入。"_s);
                break;
            }

        // Problems: part 2's items and subsections.
        for (const RawPart &p : m_parts) {
            if (p.part != 2)
                continue;
            QList<ProblemSource> subs;
            for (const RawSub &s : p.subs)
                subs.append({s.heading, s.paragraphs});
            doc().problems.append(ProblemExtractor::extract(p.paragraphs, subs));
        }
    }

    /// Where the leaders' duty (part 3) is mentioned when it is not a part of its own, or empty.
    QString leaderDutyMention() const
    {
        for (const RawPart &p : m_parts)
            for (const RawSub &s : p.subs)
                if (ReportRecognizer::classifyPart(s.heading) == 3)
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

    void findUnit()
    {
        QString unit;
        for (qsizetype i = m_signatories.size() - 1; i >= 0 && unit.isEmpty(); --i)
            if (!isPartyOrgan(m_signatories.at(i)))
                unit = m_signatories.at(i);
        for (qsizetype i = m_titleOrgans.size() - 1; i >= 0 && unit.isEmpty(); --i)
            if (!isPartyOrgan(m_titleOrgans.at(i)))
                unit = m_titleOrgans.at(i);
        const QString &title = doc().report.title;
        const qsizetype about = title.indexOf(u"关于"_s);
        if (unit.isEmpty() && about > 0)
            unit = title.left(about);
        if (unit.isEmpty() && !m_signatories.isEmpty())
            unit = m_signatories.last();
        if (unit.isEmpty() && !m_titleOrgans.isEmpty())
            unit = m_titleOrgans.last();
        // "区城市管理局" in the title: the opening usually names it in full ("九龙坡区城市管理局").
        static const QRegularExpression shortName(u"^(区|县|市|镇|乡|街道|旗|州)"_s);
        if (!unit.isEmpty() && shortName.match(unit).hasMatch()) {
            const QRegularExpression full(u"(?:^|[^\\p{Han}])(\\p{Han}{2,6}?)"_s + QRegularExpression::escape(unit));
            const QString text = m_opening.join(u'\n') + u'\n' + doc().report.title;
            if (const auto m = full.match(text); m.hasMatch() && !m.captured(1).endsWith(u"年")) {
                m_out.warnings.append(u"标题中的单位简称“%1”已按正文补全为“%2”。"_s.arg(unit, m.captured(1) + unit));
                unit = m.captured(1) + unit;
            }
        }
        if (unit.isEmpty())
            m_out.warnings.append(u"未识别出发文单位，请在导入时用 --unit 指定。"_s);
        doc().unit.fullName = unit;
        doc().unit.kind = guessUnitKind(unit);
    }

    void findYear()
    {
        static const QRegularExpression year(u"((?:19|20)\\d{2})\\s*年"_s);
        int y = 0;
        if (const auto m = year.match(doc().report.title); m.hasMatch())
            y = m.captured(1).toInt();
        for (qsizetype i = 0; !y && i < m_opening.size(); ++i)
            if (const auto m = year.match(m_opening.at(i)); m.hasMatch())
                y = m.captured(1).toInt();
        for (qsizetype i = 0; !y && i < m_parts.size(); ++i)
            if (const auto m = year.match(m_parts.at(i).heading); m.hasMatch())
                y = m.captured(1).toInt() - (m_parts.at(i).part == 4 ? 1 : 0);
        if (!y && m_date.kind == DateKind::Full && m_date.date.isValid())
            y = m_date.date.year() - 1;
        if (!y)
            m_out.warnings.append(u"未识别出报告年度，请在导入时用 --year 指定。"_s);
        doc().report.year = y;
    }

    void readDate()
    {
        Report &r = doc().report;
        r.publishedDate = m_published;
        if (m_date.kind == DateKind::Full) {
            if (m_date.date.isValid())
                r.writtenDate = m_date.date;
            else
                m_out.warnings.append(u"成文日期不是一个真实的日期，未导入，请核对。"_s);
        } else if (m_date.kind == DateKind::Damaged) {
            readDamagedDate();
        } else if (m_signatories.isEmpty()) {
            m_out.warnings.append(u"没有找到发文机关署名和成文日期。"_s);
        } else {
            m_out.warnings.append(u"没有找到成文日期。"_s);
        }
        if (m_date.kind != DateKind::None && m_signatories.isEmpty())
            m_out.warnings.append(u"成文日期之前没有找到发文机关署名。"_s);
    }

    /// "2026121": the 年月日 were lost. Read it only when one reading fits the report's dates.
    void readDamagedDate()
    {
        const QString &d = m_date.digits;
        const int year = d.left(4).toInt();
        const QString rest = d.mid(4);
        QList<QDate> readings;
        const auto add = [&](int month, int day) {
            const QDate date(year, month, day);
            if (date.isValid() && !readings.contains(date))
                readings.append(date);
        };
        if (rest.size() == 4) {
            add(rest.left(2).toInt(), rest.mid(2).toInt());
        } else {
            add(rest.left(1).toInt(), rest.mid(1).toInt());
            add(rest.left(2).toInt(), rest.mid(2).toInt());
        }
        const int reportYear = doc().report.year;
        QList<QDate> fitting;
        QStringList ruledOut;
        for (const QDate &date : readings) {
            QString why;
            if (reportYear && date.year() != reportYear + 1)
                why = u"不在报告年度的次年"_s;
            else if (m_published.isValid() && date > m_published)
                why = u"晚于网站发布日期%1"_s.arg(isoOrNone(m_published));
            if (why.isEmpty())
                fitting.append(date);
            else
                ruledOut.append(u"%1（%2）"_s.arg(isoOrNone(date), why));
        }
        if (fitting.size() == 1) {
            doc().report.writtenDate = fitting.first();
            QString msg = u"成文日期写作“%1”，年月日在复制时丢失：已推断为%2"_s.arg(d, isoOrNone(fitting.first()));
            if (!ruledOut.isEmpty())
                msg += u"，排除了另一种读法%1"_s.arg(ruledOut.join(u"、"_s));
            m_out.warnings.append(msg + u"，请核对。"_s);
            m_out.repairs.append(u"成文日期“%1”推断为%2。"_s.arg(d, isoOrNone(fitting.first())));
            return;
        }
        QStringList all;
        for (const QDate &date : readings)
            all.append(isoOrNone(date));
        m_out.warnings.append(u"成文日期写作“%1”，年月日在复制时丢失，可读作%2，无法确定，已留空，请手工填写。"_s.arg(d, all.isEmpty() ? u"（无有效日期）"_s : all.join(u"或"_s)));
    }

    void build()
    {
        ReportDocument &d = doc();
        Report &r = d.report;
        r.opening = markdownParagraphs(m_opening);
        r.signatories = m_signatories;
        if (r.publishedDate.isValid())
            r.status = ReportStatus::Published;
        d.unit.signatories = m_signatories;
        d.unit.addressee = r.addressee;
        qint64 nextId = -1;
        int position = 0;
        for (const RawPart &p : m_parts) {
            Section part;
            part.id = nextId--;
            part.part = p.part;
            part.position = position++;
            part.heading = p.heading;
            part.body = markdownParagraphs(p.paragraphs);
            d.sections.append(part);
            int child = 0;
            for (const RawSub &s : p.subs) {
                Section sub;
                sub.id = nextId--;
                sub.parentId = part.id;
                sub.position = child++;
                sub.heading = s.heading;
                sub.runIn = s.runIn;
                sub.body = markdownParagraphs(s.paragraphs);
                d.sections.append(sub);
            }
        }
    }

    QList<Line> m_lines;
    QDate m_published;
    Recognition m_out;
    QStringList m_titleOrgans;
    QStringList m_signatories;
    QStringList m_opening;
    QList<RawPart> m_parts;
    DateLine m_date;
};

} // namespace

Recognition ReportRecognizer::recognize(const SourceLines &lines, const QDate &published)
{
    return Recognizer(lines, published).run();
}

int ReportRecognizer::classifyPart(const QString &heading)
{
    const QString &h = heading;
    if (containsAny(h, {u"第一责任人", u"述法"}) || (h.contains(u"主要负责人") && h.contains(u"职责")))
        return 3;
    const bool problem = containsAny(h, {u"不足", u"问题", u"短板", u"差距", u"困难", u"薄弱"});
    const bool plan = containsAny(h, {u"下一步", u"打算", u"安排", u"计划", u"思路", u"整改措施", u"工作措施", u"努力方向",
                                      u"展望", u"工作重点", u"工作设想", u"改进措施"});
    if (problem && plan)
        return 24;
    if (problem)
        return 2;
    if (plan)
        return 4;
    if (containsAny(h, {u"其他需要报告", u"其他事项", u"其他情况", u"需要报告的其他"}))
        return 5;
    if (containsAny(h, {u"亮点", u"特色", u"创新", u"经验", u"典型"}))
        return 0;
    if (containsAny(h, {u"举措", u"成效", u"做法", u"工作情况", u"开展情况", u"主要工作", u"进展", u"推进情况", u"建设情况",
                        u"落实情况", u"完成情况", u"基本情况", u"总体情况", u"取得", u"成绩"}))
        return 1;
    return 0;
}

} // namespace fazhi

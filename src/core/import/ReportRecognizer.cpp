// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/ReportRecognizer.h"

#include "import/PartStructure.h"
#include "import/ProblemExtractor.h"
#include "import/SignatureBlock.h"
#include "text/ChineseText.h"
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


QString markdownParagraphs(const QStringList &paragraphs)
{
    QStringList escaped;
    for (const QString &p : paragraphs)
        if (!chinese::trimmed(p).isEmpty())
            escaped.append(markdownEscape(chinese::trimmed(p)));
    return escaped.join(u"\n\n"_s);
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
            if (PartStructure::isPartHeading(t) || m_lines.at(i).heading == 2)
                break;
            if (t.size() <= 80 && !t.contains(u'。') && !t.endsWith(u'：') && !t.endsWith(u':') && titleWords.match(t).hasMatch() && topic.match(t).hasMatch()) {
                title = i;
                break;
            }
        }
        if (title < 0) {
            m_out.warnings.append(u"未识别出报告标题（应含“关于……法治政府建设……报告”）。"_s);
            // Without a title, organ names on the first lines are the site's name above the text (the page
            // header of a department's website): not the report's text, but who published it.
            qsizetype first = 0;
            while (first < qMin<qsizetype>(m_lines.size() - 1, 3) && !m_lines.at(first).heading &&
                   m_lines.at(first).text.size() <= 40 && !m_lines.at(first).text.endsWith(u'：') &&
                   !m_lines.at(first).text.endsWith(u':') && isOrganLine(m_lines.at(first).text) &&
                   !PartStructure::isPartHeading(m_lines.at(first).text)) {
                m_headerOrgans.append(splitOrgans(m_lines.at(first).text));
                m_out.removed.append(m_lines.at(first).text);
                ++first;
            }
            return first;
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
            !PartStructure::isPartHeading(t)) {
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

    void readBody(qsizetype begin, qsizetype end)
    {
        SourceLines body;
        for (qsizetype i = begin; i < end; ++i)
            body.append({m_lines.at(i).text, m_lines.at(i).heading});
        BodyStructure structure = PartStructure::read(body);
        m_out.repairs.append(structure.repairs);
        m_out.warnings.append(structure.warnings);
        m_opening = std::move(structure.opening);
        m_parts = std::move(structure.parts);
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
        for (qsizetype i = m_headerOrgans.size() - 1; i >= 0 && unit.isEmpty(); --i)
            if (!isPartyOrgan(m_headerOrgans.at(i))) {
                unit = m_headerOrgans.at(i);
                m_out.repairs.append(u"正文中没有标题和署名，发文单位按网页页头取为“%1”，请核对。"_s.arg(unit));
            }
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
            const DamagedDateReading reading = readDamagedDate(m_date.digits, doc().report.year, m_published);
            doc().report.writtenDate = reading.date;
            m_out.warnings.append(reading.warning);
            if (!reading.repair.isEmpty())
                m_out.repairs.append(reading.repair);
        } else if (m_signatories.isEmpty()) {
            m_out.warnings.append(u"没有找到发文机关署名和成文日期。"_s);
        } else {
            m_out.warnings.append(u"没有找到成文日期。"_s);
        }
        if (m_date.kind != DateKind::None && m_signatories.isEmpty())
            m_out.warnings.append(u"成文日期之前没有找到发文机关署名。"_s);
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
            part.sourceNumber = p.marker;
            part.body = markdownParagraphs(p.paragraphs);
            d.sections.append(part);
            int child = 0;
            for (const RawSub &s : p.subs) {
                Section sub;
                sub.id = nextId--;
                sub.parentId = part.id;
                sub.position = child++;
                sub.heading = s.heading;
                sub.sourceNumber = s.marker;
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
    QStringList m_headerOrgans; ///< organ names on the lines above a report that has no title
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

} // namespace fazhi

// SPDX-License-Identifier: GPL-3.0-or-later
// Test helpers for the checklist: small reports built in code, and the published fixture reports read into
// a ReportDocument the way the importer will (page furniture dropped, flattened ，：；（） restored between
// Chinese text, parts and run-in subsections split on their numbers).
#pragma once

#include "check/Checker.h"
#include "model/ReportDocument.h"
#include "text/ReportLayout.h"
#include "util/Clock.h"

#include "TestSupport.h"

#include <QDate>
#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QStringList>

#include <algorithm>

namespace fazhi::test {

/// A report skeleton: title, addressee, opening, and parts given as (heading, body) with optional
/// subsections; the `part` fields stay 0 so the checker recognises parts from their headings.
class DocBuilder
{
public:
    DocBuilder(int year = 2025, UnitKind kind = UnitKind::Department,
               const QString &unit = QStringLiteral("重庆市江津区城市管理局"))
    {
        m_doc.unit.fullName = unit;
        m_doc.unit.kind = kind;
        m_doc.report.year = year;
        m_doc.report.title = unit + QStringLiteral("关于%1年法治政府建设情况的报告").arg(year);
        m_doc.report.addressee = QStringLiteral("区委、区政府");
        m_doc.report.opening = QStringLiteral("%1年，我局坚持以习近平法治思想为指导。现将有关情况报告如下：").arg(year);
        m_doc.report.signatories = {unit};
        m_doc.report.writtenDate = QDate(year + 1, 1, 13);
        m_doc.report.publishedDate = QDate(year + 1, 1, 20);
    }

    DocBuilder &part(const QString &heading, const QString &body = {}, int standard = 0)
    {
        Section s;
        s.id = ++m_nextId;
        s.part = standard;
        s.position = m_partPosition++;
        s.heading = heading;
        s.body = body;
        m_doc.sections.append(s);
        m_currentPart = s.id;
        m_subPosition = 0;
        return *this;
    }

    DocBuilder &sub(const QString &heading, const QString &body, bool runIn = true)
    {
        Section s;
        s.id = ++m_nextId;
        s.parentId = m_currentPart;
        s.position = m_subPosition++;
        s.heading = heading;
        s.body = body;
        s.runIn = runIn;
        m_doc.sections.append(s);
        return *this;
    }

    /// The five standard parts with plausible content.
    DocBuilder &standardParts()
    {
        const int y = m_doc.report.year;
        part(QStringLiteral("%1年推进法治政府建设的主要举措和成效").arg(y));
        sub(QStringLiteral("深入学习贯彻习近平法治思想"),
            QStringLiteral("一是通过党委会、中心组专题学习习近平法治思想。二是开展法治培训8场。"));
        part(QStringLiteral("%1年推进法治政府建设存在的不足和原因").arg(y),
             QStringLiteral("一是执法队伍专业化水平不高。究其原因，主要是培训不足。"));
        part(QStringLiteral("%1年党政主要负责人履行推进法治建设第一责任人职责情况").arg(y),
             QStringLiteral("局主要负责人认真履行第一责任人职责，带头述法。"));
        part(QStringLiteral("%1年推进法治政府建设的主要安排").arg(y + 1),
             QStringLiteral("一是加强执法培训。二是完善制度。"));
        part(QStringLiteral("其他需要报告的情况"), QStringLiteral("无。"));
        return *this;
    }

    ReportDocument &doc() { return m_doc; }
    ReportDocument build() const { return m_doc; }

    /// The part with next year's plans (主要安排), as standardParts() writes it.
    Section &plansPart()
    {
        const auto it = std::find_if(m_doc.sections.begin(), m_doc.sections.end(), [](const Section &s) {
            return s.isPart() && s.heading.contains(QStringLiteral("主要安排"));
        });
        REQUIRE(it != m_doc.sections.end());
        return *it;
    }

private:
    ReportDocument m_doc;
    qint64 m_nextId = 0;
    qint64 m_currentPart = 0;
    int m_partPosition = 0;
    int m_subPosition = 0;
};

/// Runs the checker with a fixed clock (1 May of the year after the report: deadlines passed).
inline CheckResult runCheck(const ReportDocument &doc, CheckOptions options = {})
{
    static FixedClock clock(QDate(2026, 5, 1));
    if (!options.clock)
        options.clock = &clock;
    Checker checker(options);
    return checker.check(doc);
}

inline QList<Finding> findingsOf(const CheckResult &r, const QString &rule)
{
    QList<Finding> out;
    for (const Finding &f : r.findings)
        if (f.rule == rule)
            out.append(f);
    return out;
}

/// One paragraph in part 1 of an otherwise sound report; the findings of `rule` on it.
inline QList<Finding> lintParagraph(const QString &paragraph, const QString &rule, int year = 2025)
{
    DocBuilder b(year);
    b.standardParts();
    b.doc().sections[0].body = markdownEscape(paragraph);
    return findingsOf(runCheck(b.build()), rule);
}

/// The text of a finding's place in the plain text.
inline QString placeText(const CheckResult &r, const Finding &f) { return r.plainText.mid(f.offset, f.length); }

/// Restores full-width ，：；（） flattened to ASCII in Chinese text, as the importer does.
inline QString restoreFullWidth(const QString &text)
{
    const auto nonAscii = [](QChar c) { return c.unicode() >= 0x2E80; };
    QString out = text;
    for (int i = 0; i < out.size(); ++i) {
        const QChar c = out.at(i);
        const QChar prev = i > 0 ? out.at(i - 1) : QChar(u' ');
        const QChar next = i + 1 < out.size() ? out.at(i + 1) : QChar(u' ');
        if (c == u'(')
            out[i] = u'（';
        else if (c == u')')
            out[i] = u'）';
        else if ((c == u',' || c == u':' || c == u';') && (nonAscii(prev) || nonAscii(next) || prev == u'）' || prev == u'%'))
            out[i] = c == u',' ? u'，' : c == u':' ? u'：' : u'；';
    }
    return out;
}

struct FixtureInfo
{
    QString unit;
    UnitKind kind = UnitKind::Department;
};

/// Reads a published report's text into a document (see the file comment).
inline ReportDocument documentFromFixtureText(const QString &raw, const FixtureInfo &info)
{
    ReportDocument doc;
    doc.unit.fullName = info.unit;
    doc.unit.kind = info.kind;
    QStringList lines;
    for (const QString &l : raw.split(u'\n'))
        lines.append(l.trimmed());

    static const QRegularExpression stamp(QStringLiteral("^(?:发布)?日期[:：]\\s*(\\d{4})-(\\d{2})-(\\d{2})"));
    static const QRegularExpression partRe(QStringLiteral("^([一二三四五六七八九十]{1,2})、(.{1,60})$"));
    static const QRegularExpression subRe(QStringLiteral("^[（(]([一二三四五六七八九十]{1,2})[）)]\\s*(.*)$"));
    static const QRegularExpression dateRe(QStringLiteral("^(\\d{4})年(\\d{1,2})月(\\d{1,2})日$"));
    static const QRegularExpression organRe(QStringLiteral("(?:委员会|政府|局)$"));
    static const QStringList furniture = {QStringLiteral("扫一扫"), QStringLiteral("分享"), QStringLiteral("网站"),
                                          QStringLiteral("主办"), QStringLiteral("版权所有"), QStringLiteral("关注公众号"),
                                          QStringLiteral("江津发布"), QStringLiteral("智能问答")};

    int titleLine = -1;
    for (int i = 0; i < lines.size(); ++i) {
        const QRegularExpressionMatch m = stamp.match(lines.at(i));
        if (m.hasMatch())
            doc.report.publishedDate = QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
        if (titleLine < 0 && lines.at(i).contains(QStringLiteral("关于")) && lines.at(i).endsWith(QStringLiteral("报告")))
            titleLine = i;
    }
    QString title = lines.at(titleLine);
    for (int i = titleLine - 1; title.startsWith(QStringLiteral("关于")) && i >= 0 && organRe.match(lines.at(i)).hasMatch(); --i)
        title.prepend(lines.at(i));
    doc.report.title = restoreFullWidth(title);
    static const QRegularExpression yearRe(QStringLiteral("(\\d{4})年"));
    doc.report.year = yearRe.match(title).captured(1).toInt();

    int i = titleLine + 1;
    QStringList opening;
    for (; i < lines.size(); ++i) {
        const QString line = restoreFullWidth(lines.at(i));
        if (line.isEmpty() || stamp.match(lines.at(i)).hasMatch())
            continue;
        if (partRe.match(line).hasMatch())
            break;
        if (doc.report.addressee.isEmpty() && opening.isEmpty() && line.endsWith(u'：') && line.size() < 30)
            doc.report.addressee = line.chopped(1);
        else
            opening.append(markdownEscape(line));
    }
    doc.report.opening = opening.join(QStringLiteral("\n\n"));

    qint64 nextId = 0;
    Section *part = nullptr;
    Section *sub = nullptr;
    QStringList body;
    const auto flush = [&] {
        Section *target = sub ? sub : part;
        if (target)
            target->body = body.join(QStringLiteral("\n\n"));
        body.clear();
    };
    QList<Section> sections;
    int partPos = 0, subPos = 0;
    bool ended = false;
    for (; i < lines.size() && !ended; ++i) {
        const QString line = restoreFullWidth(lines.at(i));
        if (line.isEmpty())
            continue;
        if (line.size() < 20 &&
            std::any_of(furniture.cbegin(), furniture.cend(), [&](const QString &f) { return line.contains(f); })) {
            ended = true;
            break;
        }
        if (const auto m = partRe.match(line); m.hasMatch()) {
            flush();
            sections.append(Section{++nextId, 0, 0, 0, partPos++, m.captured(2)});
            part = &sections.last();
            sub = nullptr;
            subPos = 0;
            continue;
        }
        // The signature: organ names (several on one line, spaced) and the date.
        const QStringList organs = line.split(QRegularExpression(QStringLiteral("\\s{2,}"), QRegularExpression::UseUnicodePropertiesOption),
                                             Qt::SkipEmptyParts);
        if (line.size() < 60 && std::all_of(organs.cbegin(), organs.cend(), [&](const QString &o) {
                return o.size() < 30 && organRe.match(o.trimmed()).hasMatch();
            })) {
            flush();
            for (const QString &o : organs)
                doc.report.signatories.append(o.trimmed());
            part = nullptr;
            sub = nullptr;
            continue;
        }
        if (const auto m = dateRe.match(line); m.hasMatch() && !doc.report.signatories.isEmpty()) {
            doc.report.writtenDate = QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
            continue;
        }
        if (!part) {
            if (!doc.report.signatories.isEmpty())
                doc.report.note = line; // a date line that is not a date, kept as it stood
            continue;
        }
        if (const auto m = subRe.match(line); m.hasMatch()) {
            flush();
            // The parts are recognised from headings, so sections is only appended to: pointers stay valid
            // after reserve.
            const QString rest = m.captured(2);
            qsizetype end = -1;
            for (qsizetype k = 0; k < rest.size() && k < 120; ++k)
                if (rest.at(k) == u'。' || rest.at(k) == u'：') {
                    end = k;
                    break;
                }
            Section s{++nextId, 0, part->id, 0, subPos++};
            if (end < 0) {
                s.heading = rest;
            } else {
                s.heading = rest.left(rest.at(end) == u'：' ? end + 1 : end);
                s.runIn = true;
                body.append(markdownEscape(rest.mid(end + 1)));
            }
            const qint64 partId = part->id;
            sections.append(s);
            part = nullptr;
            for (Section &x : sections)
                if (x.id == partId)
                    part = &x;
            sub = &sections.last();
            continue;
        }
        body.append(markdownEscape(line));
    }
    flush();
    doc.sections = sections;
    return doc;
}

inline ReportDocument fixtureDocument(const QString &name)
{
    static const QHash<QString, FixtureInfo> infos = {
        {QStringLiteral("jiangjin-cgj-2025.txt"), {QStringLiteral("重庆市江津区城市管理局"), UnitKind::Department}},
        {QStringLiteral("jiulongpo-cgj-2023.txt"), {QStringLiteral("重庆市九龙坡区城市管理局"), UnitKind::Department}},
        {QStringLiteral("siping-town-2025.txt"), {QStringLiteral("重庆市江津区四屏镇人民政府"), UnitKind::Township}},
    };
    QFile f(fixture(name));
    REQUIRE(f.open(QIODevice::ReadOnly));
    return documentFromFixtureText(QString::fromUtf8(f.readAll()), infos.value(name));
}

} // namespace fazhi::test

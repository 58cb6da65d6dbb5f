// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/DocxReader.h"

#include "import/EmbeddedReport.h"
#include "import/ImportLimits.h"
#include "import/ZipPart.h"
#include "text/Numbering.h"
#include "util/Failure.h"

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>

#include <QBuffer>
#include <QHash>
#include <QXmlStreamReader>

#include <array>

using namespace Qt::StringLiterals;

namespace fazhi {

namespace {

struct Level
{
    int start = 1;
    QString format = u"decimal"_s;
    QString text;
};

struct StyleInfo
{
    int heading = 0;
    QString numId;
    int ilvl = 0;
    QString basedOn;
};

const QString kWord = u"Word"_s;

[[noreturn]] void refuseOversizePart(const QString &name, qint64 size) { zippart::refuseOversize(kWord, name, size); }
bool selectEntry(QuaZip &zip, const QString &name) { return zippart::select(zip, name, kWord); }
bool readEntry(QuaZip &zip, const QString &name, QByteArray &out) { return zippart::read(zip, name, out, kWord); }

QString attr(const QXmlStreamReader &xml, QStringView name) { return xml.attributes().value(u"w:"_s + name).toString(); }

/// Heading level a style name stands for: "heading 1" / "Heading1" / "标题 1" → 1.
int headingLevel(const QString &name)
{
    QString n = name.toLower().remove(u' ');
    for (const QString &prefix : {u"heading"_s, u"标题"_s})
        if (n.startsWith(prefix)) {
            bool ok = false;
            const int level = n.mid(prefix.size()).toInt(&ok);
            if (ok && level >= 1 && level <= 9)
                return level;
        }
    return 0;
}

QString formatNumber(int n, const QString &format)
{
    if (format == u"chineseCounting"_s || format == u"chineseCountingThousand"_s || format == u"chineseLegalSimplified"_s ||
        format == u"japaneseCounting"_s || format == u"taiwaneseCounting"_s || format == u"ideographDigital"_s)
        return numbering::chineseNumeral(n);
    if (format == u"ideographTraditional"_s && n >= 1 && n <= 10)
        return QString(u"甲乙丙丁戊己庚辛壬癸"_s.at(n - 1));
    if (format == u"decimalEnclosedCircle"_s || format == u"decimalEnclosedCircleChinese"_s)
        return n >= 1 && n <= 20 ? QString(QChar(char16_t(0x2460 + n - 1))) : QString::number(n);
    if ((format == u"upperLetter"_s || format == u"lowerLetter"_s) && n >= 1 && n <= 26)
        return QString(QChar(char16_t((format == u"upperLetter"_s ? u'A' : u'a') + n - 1)));
    if (format == u"upperRoman"_s || format == u"lowerRoman"_s) {
        static const std::array<std::pair<int, const char16_t *>, 13> table{
            {{1000, u"M"}, {900, u"CM"}, {500, u"D"}, {400, u"CD"}, {100, u"C"}, {90, u"XC"}, {50, u"L"},
             {40, u"XL"}, {10, u"X"}, {9, u"IX"}, {5, u"V"}, {4, u"IV"}, {1, u"I"}}};
        QString r;
        int v = qBound(1, n, 3999);
        for (const auto &[value, letters] : table)
            while (v >= value) {
                r += QString::fromUtf16(letters);
                v -= value;
            }
        return format == u"lowerRoman"_s ? r.toLower() : r;
    }
    return QString::number(n);
}

class Numbering
{
public:
    void parse(const QByteArray &xmlData)
    {
        QXmlStreamReader xml(xmlData);
        QString abstractId;
        int ilvl = -1;
        QString numId;
        while (!xml.atEnd() && !xml.hasError()) {
            if (xml.readNext() != QXmlStreamReader::StartElement)
                continue;
            const QStringView name = xml.name();
            if (name == u"abstractNum") {
                abstractId = attr(xml, u"abstractNumId");
                numId.clear();
            } else if (name == u"num") {
                numId = attr(xml, u"numId");
            } else if (name == u"abstractNumId" && !numId.isEmpty()) {
                m_numToAbstract.insert(numId, attr(xml, u"val"));
            } else if (name == u"lvl" && numId.isEmpty()) {
                ilvl = qBound(0, attr(xml, u"ilvl").toInt(), 8);
                m_levels[abstractId][ilvl] = Level{};
            } else if (ilvl >= 0 && numId.isEmpty() && m_levels.contains(abstractId)) {
                Level &level = m_levels[abstractId][ilvl];
                if (name == u"start")
                    level.start = attr(xml, u"val").toInt();
                else if (name == u"numFmt")
                    level.format = attr(xml, u"val");
                else if (name == u"lvlText")
                    level.text = attr(xml, u"val");
            }
        }
    }

    /// The number a paragraph of list `numId` at `ilvl` shows, advancing the list's counters.
    QString next(const QString &numId, int ilvl)
    {
        const QString abstractId = m_numToAbstract.value(numId);
        if (numId.isEmpty() || numId == u"0"_s || !m_levels.contains(abstractId))
            return {};
        ilvl = qBound(0, ilvl, 8);
        const auto &levels = m_levels[abstractId];
        std::array<int, 9> &counters = m_counters[numId];
        counters[size_t(ilvl)] = counters[size_t(ilvl)] ? counters[size_t(ilvl)] + 1 : levels[ilvl].start;
        for (size_t deeper = size_t(ilvl) + 1; deeper < counters.size(); ++deeper)
            counters[deeper] = 0;
        const Level &level = levels[ilvl];
        if (level.format == u"bullet"_s || level.format == u"none"_s)
            return {};
        QString text = level.text;
        for (int k = 0; k <= ilvl; ++k) {
            const int value = counters[size_t(k)] ? counters[size_t(k)] : levels[k].start;
            text.replace(u'%' + QString::number(k + 1), formatNumber(value, k == ilvl ? level.format : levels[k].format));
        }
        return text;
    }

private:
    QHash<QString, QString> m_numToAbstract;
    QHash<QString, std::array<Level, 9>> m_levels;
    QHash<QString, std::array<int, 9>> m_counters;
};

QHash<QString, StyleInfo> parseStyles(const QByteArray &xmlData)
{
    QHash<QString, StyleInfo> styles;
    QXmlStreamReader xml(xmlData);
    QString current;
    while (!xml.atEnd() && !xml.hasError()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        const QStringView name = xml.name();
        if (name == u"style") {
            current = attr(xml, u"styleId");
            styles.insert(current, StyleInfo{});
            if (const int level = headingLevel(current))
                styles[current].heading = level;
        } else if (current.isEmpty()) {
            continue;
        } else if (name == u"name") {
            if (const int level = headingLevel(attr(xml, u"val")))
                styles[current].heading = level;
        } else if (name == u"outlineLvl") {
            const int level = attr(xml, u"val").toInt() + 1;
            if (level >= 1 && level <= 9)
                styles[current].heading = level;
        } else if (name == u"numId") {
            styles[current].numId = attr(xml, u"val");
        } else if (name == u"ilvl") {
            styles[current].ilvl = attr(xml, u"val").toInt();
        } else if (name == u"basedOn") {
            styles[current].basedOn = attr(xml, u"val");
        }
    }
    return styles;
}

StyleInfo resolveStyle(const QHash<QString, StyleInfo> &styles, const QString &id)
{
    StyleInfo out;
    QString at = id;
    for (int depth = 0; depth < 10 && styles.contains(at); ++depth) {
        const StyleInfo &s = styles[at];
        if (!out.heading)
            out.heading = s.heading;
        if (out.numId.isEmpty() && !s.numId.isEmpty()) {
            out.numId = s.numId;
            out.ilvl = s.ilvl;
        }
        at = s.basedOn;
    }
    return out;
}

struct Paragraph
{
    QString text;
    QString style;
    QString numId;
    int ilvl = -1;
    int outline = 0;
};

} // namespace

SourceLines DocxReader::read(const QByteArray &data)
{
    if (!data.startsWith("PK\x03\x04"))
        throw Failure(u"这不是一个有效的 Word（.docx）文件：文件不是 ZIP 格式。"_s, Failure::Kind::Input);
    QByteArray copy = data;
    QBuffer buffer(&copy);
    QuaZip zip(&buffer);
    if (!zip.open(QuaZip::mdUnzip))
        throw Failure(u"这不是一个有效的 Word（.docx）文件：无法打开其中的内容。"_s, Failure::Kind::Input);
    QByteArray stylesXml;
    QByteArray numberingXml;
    readEntry(zip, u"word/styles.xml"_s, stylesXml);
    readEntry(zip, u"word/numbering.xml"_s, numberingXml);
    const QHash<QString, StyleInfo> styles = parseStyles(stylesXml);
    Numbering numbering;
    numbering.parse(numberingXml);

    // The body is read as it inflates: a document whose text passes the limit is refused at that point,
    // without inflating the rest of it.
    if (!selectEntry(zip, u"word/document.xml"_s))
        throw Failure(u"这不是一个有效的 Word（.docx）文件：缺少正文（word/document.xml）。"_s, Failure::Kind::Input);
    QuaZipFile body(&zip);
    if (!body.open(QIODevice::ReadOnly))
        throw Failure(u"这不是一个有效的 Word（.docx）文件：无法读取正文（word/document.xml）。"_s, Failure::Kind::Input,
                      u"QuaZipFile::open: %1"_s.arg(body.getZipError()));

    SourceLines lines;
    QList<Paragraph> stack;
    qsizetype chars = 0;
    const auto append = [&](const QString &text) {
        stack.last().text += text;
        chars += text.size();
        ImportLimits::checkText(chars);
    };
    int skip = 0;   // inside deleted text or field instructions
    int inText = 0; // inside <w:t>
    qint64 inflated = 0;
    char chunk[65536];
    QXmlStreamReader xml;
    for (;;) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::Invalid) {
            if (xml.error() != QXmlStreamReader::PrematureEndOfDocumentError)
                break;
            // Fed a chunk at a time, so that the text can be counted before the rest is inflated.
            const qint64 n = body.read(chunk, sizeof chunk);
            if (n <= 0)
                break;
            inflated += n;
            if (inflated > ImportLimits::kMaxDocxPartBytes)
                refuseOversizePart(u"word/document.xml"_s, inflated);
            xml.addData(QByteArray(chunk, qsizetype(n)));
            continue;
        }
        if (token == QXmlStreamReader::EndDocument)
            break;
        const QStringView name = xml.name();
        if (token == QXmlStreamReader::Characters) {
            if (inText && !skip && !stack.isEmpty())
                append(xml.text().toString());
        } else if (token == QXmlStreamReader::StartElement) {
            if (name == u"del" || name == u"instrText" || name == u"delText") {
                ++skip;
            } else if (name == u"p") {
                stack.append(Paragraph{});
            } else if (name == u"t") {
                ++inText;
            } else if (stack.isEmpty() || skip) {
                continue;
            } else if (name == u"tab") {
                append(u"\t"_s);
            } else if (name == u"br" || name == u"cr") {
                append(u"\n"_s);
            } else if (name == u"pStyle") {
                stack.last().style = attr(xml, u"val");
            } else if (name == u"numId") {
                stack.last().numId = attr(xml, u"val");
            } else if (name == u"ilvl") {
                stack.last().ilvl = attr(xml, u"val").toInt();
            } else if (name == u"outlineLvl") {
                stack.last().outline = attr(xml, u"val").toInt() + 1;
            }
        } else if (token == QXmlStreamReader::EndElement) {
            if (name == u"del" || name == u"instrText" || name == u"delText") {
                skip = qMax(0, skip - 1);
            } else if (name == u"t") {
                inText = qMax(0, inText - 1);
            } else if (name == u"p" && !stack.isEmpty()) {
                const Paragraph p = stack.takeLast();
                const StyleInfo style = resolveStyle(styles, p.style);
                const QString numId = p.numId.isEmpty() ? style.numId : p.numId;
                const int ilvl = p.ilvl >= 0 ? p.ilvl : style.ilvl;
                const QString number = numbering.next(numId, ilvl);
                chars += number.size() + (lines.isEmpty() ? 0 : 1); // the number and the line break
                ImportLimits::checkText(chars);
                int heading = p.outline ? p.outline : style.heading;
                if (heading > 2)
                    heading = 0;
                const QStringList parts = p.text.split(u'\n');
                for (qsizetype i = 0; i < parts.size(); ++i)
                    lines.append({(i == 0 ? number : QString()) + parts.at(i), i == 0 ? heading : 0});
            }
        }
    }
    body.close();
    zip.close();
    if (xml.hasError() && lines.isEmpty())
        throw Failure(u"Word 文件的正文已损坏，无法读取。"_s, Failure::Kind::Input, xml.errorString());
    return lines;
}

} // namespace fazhi

namespace fazhi {

namespace {

/// The package's entries whose names start with `prefix` and end with ".xml", in name order.
QStringList entriesUnder(QuaZip &zip, const QString &prefix)
{
    QStringList names;
    for (const QString &name : zip.getFileNameList())
        if (name.startsWith(prefix, Qt::CaseInsensitive) && name.endsWith(u".xml"_s, Qt::CaseInsensitive) &&
            name.indexOf(u'/', prefix.size()) < 0)
            names.append(name);
    names.sort();
    return names;
}

} // namespace

QByteArray DocxReader::embeddedData(const QByteArray &data)
{
    if (!data.startsWith("PK\x03\x04"))
        return {};
    QByteArray copy = data;
    QBuffer buffer(&copy);
    QuaZip zip(&buffer);
    if (!zip.open(QuaZip::mdUnzip))
        return {};
    for (const QString &name : entriesUnder(zip, u"customXml/item"_s)) {
        QByteArray item;
        if (!readEntry(zip, name, item))
            continue;
        QXmlStreamReader xml(item);
        while (xml.readNextStartElement()) {
            if (xml.namespaceUri() == EmbeddedReport::kNamespace && xml.name() == u"report"_s)
                return xml.readElementText().toUtf8();
            break;
        }
    }
    return {};
}

QStringList DocxReader::headerLines(const QByteArray &data)
{
    QStringList lines;
    if (!data.startsWith("PK\x03\x04"))
        return lines;
    QByteArray copy = data;
    QBuffer buffer(&copy);
    QuaZip zip(&buffer);
    if (!zip.open(QuaZip::mdUnzip))
        return lines;
    for (const QString &name : entriesUnder(zip, u"word/header"_s)) {
        QByteArray part;
        if (!readEntry(zip, name, part))
            continue;
        QXmlStreamReader xml(part);
        QString paragraph;
        bool inText = false;
        while (!xml.atEnd()) {
            const auto token = xml.readNext();
            if (token == QXmlStreamReader::StartElement && xml.name() == u"t"_s)
                inText = true;
            else if (token == QXmlStreamReader::EndElement && xml.name() == u"t"_s)
                inText = false;
            else if (token == QXmlStreamReader::Characters && inText)
                paragraph += xml.text();
            else if (token == QXmlStreamReader::EndElement && xml.name() == u"p"_s) {
                if (!paragraph.trimmed().isEmpty() && !lines.contains(paragraph.trimmed()))
                    lines.append(paragraph.trimmed());
                paragraph.clear();
            }
        }
    }
    return lines;
}

} // namespace fazhi

// SPDX-License-Identifier: GPL-3.0-or-later
#include "OfdPackage.h"

#include <QFileInfo>
#include <QSet>
#include <QUuid>
#include <QXmlStreamWriter>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace fazhi {

namespace {

const QString ns = u"http://www.ofdspec.org/2016"_s;

/// A writer of one XML part whose elements are in OFD's namespace with the customary prefix "ofd".
class Part
{
public:
    Part()
        : m_xml(&m_data)
    {
        m_xml.writeStartDocument();
        m_xml.writeNamespace(ns, u"ofd"_s);
    }
    QXmlStreamWriter &xml() { return m_xml; }
    void start(const QString &name) { m_xml.writeStartElement(ns, name); }
    void end() { m_xml.writeEndElement(); }
    void text(const QString &name, const QString &value) { m_xml.writeTextElement(ns, name, value); }
    void attr(const QString &name, const QString &value) { m_xml.writeAttribute(name, value); }
    QByteArray finish()
    {
        m_xml.writeEndDocument();
        return m_data;
    }

private:
    QByteArray m_data;
    QXmlStreamWriter m_xml;
};

/// A length in micrometres as millimetres: 5571 → "5.571", 4600 → "4.6".
QString micrometresText(qint64 um)
{
    QString s = QString::number(um / 1000.0, 'f', 3);
    while (s.endsWith(u'0'))
        s.chop(1);
    if (s.endsWith(u'.'))
        s.chop(1);
    return s;
}

QString box(qreal x, qreal y, qreal w, qreal h)
{
    return OfdPackage::mm(x) + u' ' + OfdPackage::mm(y) + u' ' + OfdPackage::mm(w) + u' ' + OfdPackage::mm(h);
}

/// One character of a run and where its glyph stands.
struct Placed
{
    QString text;
    QPointF at;
};

QList<Placed> placedCharacters(const OfficialRun &run)
{
    QList<Placed> out;
    out.reserve(run.positions.size());
    int k = 0;
    for (int i = 0; i < run.text.size() && k < run.positions.size(); ++k) {
        const int len = run.text.at(i).isHighSurrogate() && i + 1 < run.text.size() ? 2 : 1;
        out.append({run.text.mid(i, len), run.positions.at(k)});
        i += len;
    }
    // Spaces at either end draw nothing, and readers may trim them from TextCode.
    while (!out.isEmpty() && out.first().text == u" "_s)
        out.removeFirst();
    while (!out.isEmpty() && out.last().text == u" "_s)
        out.removeLast();
    return out;
}

} // namespace

OfdPackage::OfdPackage(const QList<OfficialPage> &pages, const QList<QRawFont> &fontsBySlot)
    : m_pages(pages), m_fonts(fontsBySlot)
{
}

QString OfdPackage::mm(qreal points)
{
    QString s = QString::number(points * 25.4 / 72.0, 'f', 3);
    while (s.endsWith(u'0'))
        s.chop(1);
    if (s.endsWith(u'.'))
        s.chop(1);
    if (s == u"-0"_s)
        s = u"0"_s;
    return s;
}

QHash<int, QList<char32_t>> OfdPackage::charactersBySlot() const
{
    QHash<int, QSet<char32_t>> seen;
    for (const OfficialPage &page : m_pages)
        for (const OfficialLine &line : page.lines)
            for (const OfficialRun &run : line.runs) {
                if (run.glyphs.isEmpty() || run.slot >= m_fonts.size() || !m_fonts.at(run.slot).isValid())
                    continue;
                QSet<char32_t> &set = seen[run.slot];
                for (const char32_t c : run.text.toUcs4())
                    set.insert(c);
            }
    QHash<int, QList<char32_t>> out;
    for (auto it = seen.cbegin(); it != seen.cend(); ++it) {
        QList<char32_t> list(it->cbegin(), it->cend());
        std::sort(list.begin(), list.end());
        out.insert(it.key(), list);
    }
    return out;
}

QStringList OfdPackage::partOrder(const QMap<QString, QByteArray> &parts)
{
    QStringList order = parts.keys();
    order.removeAll(u"OFD.xml"_s);
    order.prepend(u"OFD.xml"_s);
    return order;
}

QMap<QString, QByteArray> OfdPackage::parts(const Info &info, const QList<Font> &fonts) const
{
    // IDs: the fonts, then the pages, then each page's layer and objects.
    QHash<int, int> fontIds;
    int nextId = 1;
    for (const Font &f : fonts) {
        for (const int slot : f.slotIndexes)
            fontIds.insert(slot, nextId);
        ++nextId;
    }
    const int firstPageId = nextId;
    nextId += int(m_pages.size());

    QMap<QString, QByteArray> out;
    out.insert(u"OFD.xml"_s, ofdXml(info));
    out.insert(u"Doc_0/PublicRes.xml"_s, publicResXml(fonts, fontIds));
    for (const Font &f : fonts)
        out.insert(u"Doc_0/Res/"_s + f.file, f.data);
    for (int i = 0; i < m_pages.size(); ++i)
        out.insert(u"Doc_0/Pages/Page_%1/Content.xml"_s.arg(i), pageXml(m_pages.at(i), fontIds, &nextId));
    const bool attachments = !info.attachment.isEmpty() && !info.attachmentName.isEmpty();
    if (attachments) {
        out.insert(u"Doc_0/Attachs/Attachments.xml"_s, attachmentsXml(info, nextId++));
        out.insert(u"Doc_0/Attachs/"_s + info.attachmentName, info.attachment);
    }
    out.insert(u"Doc_0/Document.xml"_s, documentXml(firstPageId, nextId - 1, attachments));
    return out;
}

QByteArray OfdPackage::ofdXml(const Info &info) const
{
    Part p;
    p.start(u"OFD"_s);
    p.attr(u"Version"_s, u"1.0"_s);
    p.attr(u"DocType"_s, u"OFD"_s);
    p.start(u"DocBody"_s);
    p.start(u"DocInfo"_s);
    p.text(u"DocID"_s, QUuid::createUuid().toString(QUuid::Id128));
    if (!info.title.isEmpty())
        p.text(u"Title"_s, info.title);
    if (!info.author.isEmpty())
        p.text(u"Author"_s, info.author);
    p.text(u"CreationDate"_s, info.created.toString(Qt::ISODate));
    p.text(u"Creator"_s, info.creator);
    p.end();
    p.text(u"DocRoot"_s, u"Doc_0/Document.xml"_s);
    p.end();
    p.end();
    return p.finish();
}

QByteArray OfdPackage::attachmentsXml(const Info &info, int id)
{
    Part p;
    p.start(u"Attachments"_s);
    p.start(u"Attachment"_s);
    p.attr(u"ID"_s, QString::number(id));
    p.attr(u"Name"_s, info.attachmentName);
    p.attr(u"Format"_s, QFileInfo(info.attachmentName).suffix());
    p.attr(u"CreationDate"_s, info.created.toString(Qt::ISODate));
    p.attr(u"Size"_s, QString::number(double(info.attachment.size()) / 1024.0, 'f', 3)); // in KB
    p.attr(u"Visible"_s, u"false"_s);
    p.attr(u"Usage"_s, u"none"_s);
    p.text(u"FileLoc"_s, info.attachmentName);
    p.end();
    p.end();
    return p.finish();
}

QByteArray OfdPackage::documentXml(int firstPageId, int maxUnitId, bool attachments) const
{
    Part p;
    p.start(u"Document"_s);
    p.start(u"CommonData"_s);
    p.text(u"MaxUnitID"_s, QString::number(maxUnitId));
    p.start(u"PageArea"_s);
    const QSizeF page = OfficialPaginator::pageSize;
    p.text(u"PhysicalBox"_s, box(0, 0, page.width(), page.height()));
    p.text(u"ApplicationBox"_s, box(0, 0, page.width(), page.height()));
    p.text(u"ContentBox"_s, box(OfficialPaginator::marginLeft, OfficialPaginator::marginTop,
                                 OfficialPaginator::textWidth, OfficialPaginator::textHeight));
    p.end();
    p.text(u"PublicRes"_s, u"PublicRes.xml"_s);
    p.end();
    p.start(u"Pages"_s);
    for (int i = 0; i < m_pages.size(); ++i) {
        p.start(u"Page"_s);
        p.attr(u"ID"_s, QString::number(firstPageId + i));
        p.attr(u"BaseLoc"_s, u"Pages/Page_%1/Content.xml"_s.arg(i));
        p.end();
    }
    p.end();
    if (attachments)
        p.text(u"Attachments"_s, u"Attachs/Attachments.xml"_s);
    p.end();
    return p.finish();
}

QByteArray OfdPackage::publicResXml(const QList<Font> &fonts, const QHash<int, int> &fontIds) const
{
    Part p;
    p.start(u"Res"_s);
    p.attr(u"BaseLoc"_s, u"Res"_s);
    p.start(u"Fonts"_s);
    for (const Font &f : fonts) {
        p.start(u"Font"_s);
        p.attr(u"ID"_s, QString::number(fontIds.value(f.slotIndexes.first())));
        p.attr(u"FontName"_s, f.fontName);
        p.attr(u"FamilyName"_s, f.familyName);
        if (f.bold)
            p.attr(u"Bold"_s, u"true"_s);
        p.text(u"FontFile"_s, f.file);
        p.end();
    }
    p.end();
    p.end();
    return p.finish();
}

QByteArray OfdPackage::pageXml(const OfficialPage &page, const QHash<int, int> &fontIds, int *nextId) const
{
    Part p;
    p.start(u"Page"_s);
    p.start(u"Content"_s);
    p.start(u"Layer"_s);
    p.attr(u"ID"_s, QString::number((*nextId)++));
    p.attr(u"Type"_s, u"Body"_s);
    for (const OfficialLine &line : page.lines) {
        for (const OfficialRun &run : line.runs) {
            if (!fontIds.contains(run.slot))
                continue;
            const QList<Placed> chars = placedCharacters(run);
            if (chars.isEmpty())
                continue;
            const QRawFont &font = m_fonts.at(run.slot);
            const qreal size = font.pixelSize(); // points: the paginator's fonts are sized in points
            const qreal ascent = font.ascent();
            const QPointF origin = chars.first().at;
            qreal right = origin.x();
            for (const Placed &c : chars)
                right = std::max(right, c.at.x());
            const qreal top = origin.y() - ascent;
            p.start(u"TextObject"_s);
            p.attr(u"ID"_s, QString::number((*nextId)++));
            p.attr(u"Boundary"_s, box(origin.x(), top, right - origin.x() + size, ascent + font.descent()));
            p.attr(u"Font"_s, QString::number(fontIds.value(run.slot)));
            p.attr(u"Size"_s, mm(size));
            if (font.weight() >= QFont::Bold) // readers that draw with an installed font pick its bold face
                p.attr(u"Weight"_s, u"700"_s);
            p.start(u"FillColor"_s);
            p.attr(u"Value"_s, u"0 0 0"_s);
            p.end();
            // One TextCode per baseline (a run is one line, so normally one), with the advance to each next
            // character in DeltaX.
            for (int i = 0; i < chars.size();) {
                int j = i + 1;
                while (j < chars.size() && qFuzzyCompare(chars.at(j).at.y(), chars.at(i).at.y()))
                    ++j;
                QString text;
                QStringList deltas;
                // Each advance from positions rounded to the micrometre, so that rounding never accumulates
                // along a line: the sum of the first k advances is the k-th position, rounded once.
                const auto micrometres = [&](int k) {
                    return qRound64((chars.at(k).at.x() - chars.at(i).at.x()) * 25400.0 / 72.0);
                };
                for (int k = i; k < j; ++k) {
                    text += chars.at(k).text;
                    if (k > i)
                        deltas << micrometresText(micrometres(k) - micrometres(k - 1));
                }
                p.start(u"TextCode"_s);
                p.attr(u"X"_s, mm(chars.at(i).at.x() - origin.x()));
                p.attr(u"Y"_s, mm(chars.at(i).at.y() - top));
                if (!deltas.isEmpty())
                    p.attr(u"DeltaX"_s, deltas.join(u' '));
                p.xml().writeCharacters(text);
                p.end();
                i = j;
            }
            p.end();
        }
    }
    p.end();
    p.end();
    p.end();
    return p.finish();
}

} // namespace fazhi

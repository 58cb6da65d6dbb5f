// SPDX-License-Identifier: GPL-3.0-or-later
// The XML parts of an OFD package (GB/T 33190-2016) for pages laid out by OfficialPaginator.
#pragma once

#include "OfficialPaginator.h"

#include <QByteArray>
#include <QDate>
#include <QHash>
#include <QList>
#include <QMap>
#include <QRawFont>
#include <QString>

namespace fazhi {

/// Builds OFD.xml, Doc_0/Document.xml, Doc_0/PublicRes.xml and one Doc_0/Pages/Page_N/Content.xml per page.
/// Every length is in millimetres (OFD's unit); the pages' points are converted on the way. Each run of
/// glyphs becomes a TextObject whose TextCode holds the run's characters with DeltaX for their positions,
/// so that a reader draws the same glyphs at the same places as the PDF and the text can be selected and
/// searched. IDs are unique in the document and Document.xml states the largest (MaxUnitID).
class OfdPackage
{
public:
    struct Info
    {
        QString title;
        QString author; ///< the issuing unit
        QString creator;
        QDate created;
        QString attachmentName;   ///< a file carried in the package (Doc_0/Attachs/), e.g. the report's data
        QByteArray attachment;    ///< its bytes; no attachment when empty
    };
    /// An embedded font: the face of one or more paginator slots (the body and the page numbers may share a
    /// face at different sizes), stored as Doc_0/Res/<file>.
    struct Font
    {
        QList<int> slotIndexes;
        QString familyName;
        QString fontName; ///< family and style, "Noto Serif CJK SC Bold"
        bool bold = false;
        QString file; ///< "font_1.otf"
        QByteArray data;
    };

    OfdPackage(const QList<OfficialPage> &pages, const QList<QRawFont> &fontsBySlot);

    /// The characters each used slot draws (what its font's subset must map), by slot.
    QHash<int, QList<char32_t>> charactersBySlot() const;
    /// Every part of the package by path, OFD.xml first in the order returned by partOrder().
    QMap<QString, QByteArray> parts(const Info &info, const QList<Font> &fonts) const;
    static QStringList partOrder(const QMap<QString, QByteArray> &parts);

    /// Points to millimetres, written with at most three decimals ("12.7", "0.353").
    static QString mm(qreal points);

private:
    QByteArray ofdXml(const Info &info) const;
    QByteArray documentXml(int firstPageId, int maxUnitId, bool attachments) const;
    static QByteArray attachmentsXml(const Info &info, int id);
    QByteArray publicResXml(const QList<Font> &fonts, const QHash<int, int> &fontIds) const;
    QByteArray pageXml(const OfficialPage &page, const QHash<int, int> &fontIds, int *nextId) const;

    QList<OfficialPage> m_pages;
    QList<QRawFont> m_fonts;
};

} // namespace fazhi

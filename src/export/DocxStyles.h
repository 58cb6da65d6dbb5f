// SPDX-License-Identifier: GPL-3.0-or-later
// The named styles of the official layout in a Word document (styles.xml) and the fonts they name
// (fontTable.xml), with the measures the document's section uses.
#pragma once

#include "OfficialPaginator.h"

#include <QByteArray>
#include <QString>

namespace fazhi::docx {

/// Style ids. Body paragraphs use the default style "Normal" (仿宋_GB2312 三号, first line indented 2 chars).
inline const QString styleTitle = QStringLiteral("Title");
inline const QString styleHeading1 = QStringLiteral("Heading1");
inline const QString styleHeading2 = QStringLiteral("Heading2");
inline const QString styleHeading2Char = QStringLiteral("Heading2Char"); ///< run-in level-2 heading
inline const QString styleAddressee = QStringLiteral("Addressee");
inline const QString styleSignature = QStringLiteral("IssuerSignature");
inline const QString styleDate = QStringLiteral("WrittenDate");
inline const QString styleNote = QStringLiteral("DocumentNote");
inline const QString stylePageNumberOdd = QStringLiteral("PageNumberOdd");
inline const QString stylePageNumberEven = QStringLiteral("PageNumberEven");

/// Twips (1/20 pt) from points.
constexpr int twips(qreal points)
{
    return qRound(points * 20);
}

// The section's measures, in twips, from the official page of OfficialPaginator.
constexpr int pageWidth = twips(OfficialPaginator::pageSize.width());   ///< 11906: A4, 210 mm
constexpr int pageHeight = twips(OfficialPaginator::pageSize.height()); ///< 16838: A4, 297 mm
constexpr int marginTop = twips(OfficialPaginator::marginTop);          ///< 2098: 37 mm
constexpr int marginBottom = twips(OfficialPaginator::marginBottom);    ///< 1984: 35 mm
constexpr int marginLeft = twips(OfficialPaginator::marginLeft);        ///< 1587: 28 mm
constexpr int marginRight = twips(OfficialPaginator::marginRight);      ///< 1474: 26 mm
constexpr int linePitch = twips(OfficialPaginator::linePitch);          ///< 579: 22 lines in the text block
/// What the footer distance allows for the page number's own line (四号, about 5 mm) above it.
constexpr qreal footerLineHeight = 5 * OfficialPaginator::mm;
/// 1304: from the page's bottom edge to the footer, so that the page number's line begins
/// OfficialPaginator::pageNumberGap (7 mm) below the text block.
constexpr int footerDistance =
    twips(OfficialPaginator::marginBottom - OfficialPaginator::pageNumberGap - footerLineHeight);
/// -842, in 1/4096 pt: a grid cell's width minus the body size, the largest at which 28 characters of 三号
/// fit the line the margins leave.
int charSpace();

QByteArray stylesXml();
QByteArray fontTableXml();

} // namespace fazhi::docx

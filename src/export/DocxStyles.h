// SPDX-License-Identifier: GPL-3.0-or-later
// The named styles of the official layout in a Word document (styles.xml) and the fonts they name
// (fontTable.xml), with the measures the document's section uses.
#pragma once

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

constexpr int linePitch = 579;       ///< twips: 22 lines in the 225 mm text block
constexpr int charSpace = -842;      ///< 1/4096 pt: 28 characters of 三号 in the 156 mm text block
constexpr int footerDistance = 1304; ///< twips from the page's bottom edge: page number 7 mm below the block

constexpr int twipsFromMm(double mm)
{
    return int(mm * 1440.0 / 25.4 + 0.5);
}

QByteArray stylesXml();
QByteArray fontTableXml();

} // namespace fazhi::docx

// SPDX-License-Identifier: GPL-3.0-or-later
// The fonts of the official layout (GB/T 9704-2012) by role, each resolved to the best installed match
// from an ordered list of candidates. The PDF export and the live preview use the same choice.
#pragma once

#include <QFont>
#include <QRawFont>
#include <QString>
#include <QStringList>

#include <array>

namespace fazhi {

class OfficialFonts
{
public:
    enum Role
    {
        Title,
        Body,
        Heading1,
        Heading2,
        PageNumber,
        RoleCount
    };

    /// Resolves every role against the fonts installed now (needs a QGuiApplication).
    OfficialFonts();

    /// The official font of a role as DOCX names it: 方正小标宋简体, 仿宋_GB2312, 黑体, 楷体_GB2312, 宋体.
    static QString officialName(Role role);
    /// The role's size in points: 22 (二号) for the title, 14 (四号) for page numbers, 16 (三号) otherwise.
    static qreal pointSize(Role role);
    /// Candidate families for a role, best first.
    static QStringList candidates(Role role);

    /// The installed family chosen for `role` (empty when no CJK font is installed at all).
    QString family(Role role) const { return m_choice.at(role).family; }
    /// Whether the chosen family is a substitute for the official font.
    bool isSubstitute(Role role) const { return m_choice.at(role).substitute; }
    /// A QFont of the role at its size in points, bold when asked (or when the role's substitute needs it).
    QFont font(Role role, bool bold = false) const;
    /// The role's font for glyph-level layout, at its size in points (one unit = one point).
    QRawFont rawFont(Role role, bool bold = false) const;
    /// One Chinese sentence per substituted role: "正文：未安装仿宋_GB2312，使用 Noto Serif CJK SC 代替。"
    QStringList substitutionNotes() const;

private:
    struct Choice
    {
        QString family;
        bool substitute = true;
        bool bold = false;
    };
    std::array<Choice, RoleCount> m_choice;
};

} // namespace fazhi

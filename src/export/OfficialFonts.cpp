// SPDX-License-Identifier: GPL-3.0-or-later
#include "OfficialFonts.h"

#include <QFontDatabase>
#include <QSet>

using namespace Qt::StringLiterals;

namespace fazhi {

namespace {

/// Candidates that stand in for a heavier official face and so are used in bold.
bool needsBold(OfficialFonts::Role role, const QString &family)
{
    return role == OfficialFonts::Title && !family.contains(u"小标宋"_s) &&
           !family.contains(u"XiaoBiaoSong"_s);
}

/// How many of a role's first candidates are the official face itself (under other names).
int officialAliasCount(OfficialFonts::Role role)
{
    return role == OfficialFonts::Title ? 4 : 2;
}

QString roleLabel(OfficialFonts::Role role)
{
    switch (role) {
    case OfficialFonts::Title:
        return u"标题"_s;
    case OfficialFonts::Body:
        return u"正文"_s;
    case OfficialFonts::Heading1:
        return u"一级标题"_s;
    case OfficialFonts::Heading2:
        return u"二级标题"_s;
    case OfficialFonts::PageNumber:
        return u"页码"_s;
    case OfficialFonts::RoleCount:
        break;
    }
    return {};
}

} // namespace

QString OfficialFonts::officialName(Role role)
{
    switch (role) {
    case Title:
        return u"方正小标宋简体"_s;
    case Body:
        return u"仿宋_GB2312"_s;
    case Heading1:
        return u"黑体"_s;
    case Heading2:
        return u"楷体_GB2312"_s;
    case PageNumber:
        return u"宋体"_s;
    case RoleCount:
        break;
    }
    return {};
}

qreal OfficialFonts::pointSize(Role role)
{
    switch (role) {
    case Title:
        return 22;
    case PageNumber:
        return 14;
    default:
        return 16;
    }
}

QStringList OfficialFonts::candidates(Role role)
{
    switch (role) {
    case Title:
        return {u"方正小标宋简体"_s,
                u"方正小标宋_GBK"_s,
                u"FZXiaoBiaoSong-B05S"_s,
                u"FZXiaoBiaoSong-B05"_s,
                u"小标宋"_s,
                u"Noto Serif CJK SC"_s,
                u"Source Han Serif SC"_s,
                u"思源宋体"_s,
                u"SimSun"_s,
                u"宋体"_s,
                u"AR PL UMing CN"_s,
                u"Noto Sans CJK SC"_s};
    case Body:
        return {u"仿宋_GB2312"_s,       u"FangSong_GB2312"_s,     u"仿宋"_s,
                u"FangSong"_s,          u"FandolFang"_s,          u"cwTeXFangSong"_s,
                u"Noto Serif CJK SC"_s, u"Source Han Serif SC"_s, u"AR PL UMing CN"_s,
                u"Noto Sans CJK SC"_s};
    case Heading1:
        return {u"黑体"_s,
                u"SimHei"_s,
                u"FandolHei"_s,
                u"Noto Sans CJK SC"_s,
                u"Source Han Sans SC"_s,
                u"思源黑体"_s,
                u"WenQuanYi Zen Hei"_s,
                u"WenQuanYi Micro Hei"_s,
                u"Noto Serif CJK SC"_s};
    case Heading2:
        return {u"楷体_GB2312"_s,     u"KaiTi_GB2312"_s,     u"楷体"_s,     u"KaiTi"_s,
                u"FandolKai"_s,       u"LXGW WenKai"_s,      u"霞鹜文楷"_s, u"AR PL UKai CN"_s,
                u"AR PL KaitiM GB"_s, u"Noto Serif CJK SC"_s};
    case PageNumber:
        return {u"宋体"_s,
                u"SimSun"_s,
                u"FandolSong"_s,
                u"Noto Serif CJK SC"_s,
                u"Source Han Serif SC"_s,
                u"AR PL UMing CN"_s,
                u"Noto Sans CJK SC"_s};
    case RoleCount:
        break;
    }
    return {};
}

OfficialFonts::OfficialFonts()
{
    const QStringList installed = QFontDatabase::families();
    QSet<QString> lower;
    for (const QString &f : installed)
        lower.insert(f.toLower());
    for (int r = 0; r < RoleCount; ++r) {
        const Role role = Role(r);
        const QStringList list = candidates(role);
        for (int i = 0; i < list.size(); ++i) {
            if (!lower.contains(list.at(i).toLower()))
                continue;
            const bool official = i < officialAliasCount(role);
            m_choice[r] = {list.at(i), !official, needsBold(role, list.at(i))};
            break;
        }
    }
}

QFont OfficialFonts::font(Role role, bool bold) const
{
    QFont f(family(role));
    f.setPointSizeF(pointSize(role));
    f.setBold(bold || m_choice.at(role).bold);
    f.setKerning(false);
    f.setStyleStrategy(QFont::PreferMatch);
    return f;
}

QRawFont OfficialFonts::rawFont(Role role, bool bold) const
{
    // The font engine Qt picks for Han text in this font: the one painting would use, so the PDF embeds the
    // face (of a .ttc collection) whose glyph ids we hold. No text is shaped on the way.
    QRawFont raw = QRawFont::fromFont(font(role, bold), QFontDatabase::SimplifiedChinese);
    raw.setPixelSize(pointSize(role));
    return raw;
}

QStringList OfficialFonts::substitutionNotes() const
{
    QStringList notes;
    for (int r = 0; r < RoleCount; ++r) {
        const Role role = Role(r);
        if (m_choice.at(r).family.isEmpty())
            notes.append(u"%1：未找到可用的中文字体（%2），请安装中文字体。"_s.arg(roleLabel(role),
                                                                                   officialName(role)));
        else if (m_choice.at(r).substitute)
            notes.append(
                u"%1：未安装%2，使用 %3%4 代替。"_s.arg(roleLabel(role), officialName(role), family(role),
                                                        m_choice.at(r).bold ? u" 粗体"_s : QString()));
    }
    return notes;
}

} // namespace fazhi

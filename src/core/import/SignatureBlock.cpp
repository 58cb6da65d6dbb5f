// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/SignatureBlock.h"

#include "import/ChineseText.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace fazhi {

bool isOrganName(const QString &s)
{
    static const QRegularExpression suffix(
        u"(委员会|人民政府|政府|局|委|办公室|办|中心|院|厅|署|镇|乡|街道|办事处|党组|党委|党工委|工委|分局|支队|大队|站|所|部|会|室)$"_s);
    if (s.size() < 3 || s.size() > 40)
        return false;
    for (QChar c : s)
        if (u"。，；：！？,;:!?“”《》、"_s.contains(c))
            return false;
    return suffix.match(s).hasMatch();
}

QStringList splitOrgans(const QString &line)
{
    static const QRegularExpression gap(u"(?:[\\s\\x{00A0}\\x{2000}-\\x{200B}\\x{3000}]{2,}|\\t|\\x{3000})"_s);
    QStringList out;
    for (const QString &part : line.split(gap, Qt::SkipEmptyParts))
        if (!chinese::trimmed(part).isEmpty())
            out.append(chinese::trimmed(part));
    return out;
}

bool isOrganLine(const QString &line)
{
    const QStringList organs = splitOrgans(line);
    if (organs.isEmpty())
        return false;
    for (const QString &o : organs)
        if (!isOrganName(o))
            return false;
    return true;
}

bool isPartyOrgan(const QString &organ)
{
    return organ.startsWith(u"中共") || organ.startsWith(u"中国共产党") || organ.endsWith(u"党组") ||
           organ.endsWith(u"党委") || organ.endsWith(u"党工委");
}

DateLine parseDateLine(const QString &line)
{
    static const QRegularExpression full(
        u"^(\\d{4}|[〇○零一二三四五六七八九]{4})\\s*年\\s*(\\d{1,2}|[一二三四五六七八九十]{1,3})\\s*月\\s*(\\d{1,2}|[一二三四五六七八九十]{1,3})\\s*日$"_s);
    static const QRegularExpression iso(u"^(\\d{4})\\s*[-./]\\s*(\\d{1,2})\\s*[-./]\\s*(\\d{1,2})$"_s);
    static const QRegularExpression digits(u"^(\\d{7,8})$"_s);
    const QString t = chinese::trimmed(line);
    DateLine out;
    if (auto m = full.match(t); m.hasMatch()) {
        out.kind = DateKind::Full;
        out.date = QDate(chinese::digitsOrNumeral(m.captured(1)), chinese::digitsOrNumeral(m.captured(2)),
                         chinese::digitsOrNumeral(m.captured(3)));
        return out;
    }
    if (auto m = iso.match(t); m.hasMatch()) {
        out.kind = DateKind::Full;
        out.date = QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
        return out;
    }
    if (auto m = digits.match(t); m.hasMatch()) {
        out.kind = DateKind::Damaged;
        out.digits = m.captured(1);
    }
    return out;
}

} // namespace fazhi

// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/SignatureBlock.h"

#include "text/ChineseText.h"
#include "text/OfficialDate.h"

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

DamagedDateReading readDamagedDate(const QString &digits, int reportYear, const QDate &published)
{
    DamagedDateReading out;
    const int year = digits.left(4).toInt();
    const QString rest = digits.mid(4);
    QList<QDate> readings;
    const auto add = [&](int month, int day) {
        const QDate date(year, month, day);
        if (date.isValid() && !readings.contains(date))
            readings.append(date);
    };
    if (rest.size() == 4) {
        add(rest.left(2).toInt(), rest.mid(2).toInt());
    } else {
        add(rest.left(1).toInt(), rest.mid(1).toInt());
        add(rest.left(2).toInt(), rest.mid(2).toInt());
    }
    QList<QDate> fitting;
    QStringList ruledOut;
    for (const QDate &date : readings) {
        QString why;
        if (reportYear && date.year() != reportYear + 1)
            why = u"不在报告年度的次年"_s;
        else if (published.isValid() && date > published)
            why = u"晚于网站发布日期%1"_s.arg(officialDate(published));
        if (why.isEmpty())
            fitting.append(date);
        else
            ruledOut.append(u"%1（%2）"_s.arg(officialDate(date), why));
    }
    if (fitting.size() == 1) {
        out.date = fitting.first();
        QString msg =
            u"成文日期写作“%1”，年月日在复制时丢失：已推断为%2"_s.arg(digits, officialDate(fitting.first()));
        if (!ruledOut.isEmpty())
            msg += u"，排除了另一种读法%1"_s.arg(ruledOut.join(u"、"_s));
        out.warning = msg + u"，请核对。"_s;
        out.repair = u"成文日期“%1”推断为%2。"_s.arg(digits, officialDate(fitting.first()));
        return out;
    }
    QStringList all;
    for (const QDate &date : readings)
        all.append(officialDate(date));
    out.warning = u"成文日期写作“%1”，年月日在复制时丢失，可读作%2，无法确定，已留空，请手工填写。"_s.arg(digits, all.isEmpty() ? u"（无有效日期）"_s : all.join(u"或"_s));
    return out;
}

} // namespace fazhi

// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/DraftYears.h"

#include "util/Clock.h"
#include "util/Failure.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace fazhi::draftYears {

int last(const Clock &clock)
{
    return clock.today().year() + 1;
}

QString problem(int year, const Clock &clock)
{
    if (year >= first && year <= last(clock))
        return {};
    return u"报告年度 %1 不在可起草的范围内（%2 至 %3 年）。更早的报告请作为历史资料导入；请检查年份是否输错。"_s
        .arg(year)
        .arg(first)
        .arg(last(clock));
}

void require(int year, const Clock &clock)
{
    const QString why = problem(year, clock);
    if (!why.isEmpty())
        throw Failure(why, Failure::Kind::Input);
}

QString moveYears(const QString &text, int from, int to)
{
    static const QRegularExpression year(u"(\\d{4})年"_s);
    QString out;
    qsizetype last = 0;
    for (auto it = year.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        const int y = m.captured(1).toInt();
        if (y != from && y != from + 1)
            continue;
        out += text.mid(last, m.capturedStart() - last) + QString::number(y - from + to) + u"年"_s;
        last = m.capturedEnd();
    }
    return out + text.mid(last);
}

} // namespace fazhi::draftYears

// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/OfficialDate.h"

using namespace Qt::StringLiterals;

namespace fazhi {

QString officialDate(const QDate &date)
{
    return date.isValid() ? u"%1年%2月%3日"_s.arg(date.year()).arg(date.month()).arg(date.day()) : QString();
}

} // namespace fazhi

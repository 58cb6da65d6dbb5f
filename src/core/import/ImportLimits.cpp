// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/ImportLimits.h"

#include "util/Failure.h"

#include <QString>

using namespace Qt::StringLiterals;

namespace fazhi {

void ImportLimits::checkText(qsizetype chars, const QString &what)
{
    if (chars <= kMaxTextChars)
        return;
    const QString subject = what.isEmpty() ? u"要导入的文字"_s : u"“%1”的文字"_s.arg(what);
    throw Failure(u"%1超过 %2 万字，不像是一份年度报告（通常不到 10 万字），无法导入；请确认选对了文件。"_s
                      .arg(subject)
                      .arg(kMaxTextChars / 10000),
                  Failure::Kind::Input,
                  u"decoded text longer than %1 characters (at least %2)"_s.arg(kMaxTextChars).arg(chars));
}

} // namespace fazhi

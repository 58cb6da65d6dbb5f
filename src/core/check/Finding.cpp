// SPDX-License-Identifier: GPL-3.0-or-later
#include "check/Finding.h"

using namespace Qt::StringLiterals;

namespace fazhi {

QString findingLevelKey(FindingLevel level)
{
    switch (level) {
    case FindingLevel::Error: return u"error"_s;
    case FindingLevel::Warning: return u"warning"_s;
    case FindingLevel::Info: return u"info"_s;
    }
    return u"info"_s;
}

std::optional<FindingLevel> findingLevelFromKey(const QString &key)
{
    if (key == u"error"_s)
        return FindingLevel::Error;
    if (key == u"warning"_s)
        return FindingLevel::Warning;
    if (key == u"info"_s)
        return FindingLevel::Info;
    return std::nullopt;
}

QString findingLevelLabel(FindingLevel level)
{
    switch (level) {
    case FindingLevel::Error: return u"错误"_s;
    case FindingLevel::Warning: return u"警告"_s;
    case FindingLevel::Info: return u"提示"_s;
    }
    return {};
}

} // namespace fazhi

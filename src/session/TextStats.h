// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace fazhi {

/// 字数 counted the way Chinese offices count: every Han character, letter and digit counts one;
/// punctuation, spaces and Markdown marks do not.
class TextStats
{
public:
    static int wordCount(const QString &text);
};

} // namespace fazhi

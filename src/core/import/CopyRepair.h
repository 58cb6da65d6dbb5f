// SPDX-License-Identifier: GPL-3.0-or-later
// Repairs of damage that copying a report from a web page does, each one certain and said in Chinese:
// full-width marks flattened to ASCII, traditional characters, hard line breaks inside paragraphs.
#pragma once

#include "import/SourceLine.h"

#include <QStringList>

namespace fazhi {

class CopyRepair
{
public:
    /// Restores ，：；（）？！ flattened to , : ; ( ) ? ! between Chinese text when the text has none of their
    /// full-width twins (or a stray one: nothing is done). Returns the repair sentence, empty when none.
    static QString restorePunctuation(QString &text);
    /// Converts traditional characters to simplified ones (OpenCC t2s) when the text is traditional.
    static QString toSimplified(QString &text);
    /// Joins lines that a fixed-width copy broke inside a paragraph. Lines marked as headings stay.
    static QString joinHardBreaks(SourceLines &lines);
    /// Whether a line starts with a heading or list number (一、 （一） 1. （1） 第一部分).
    static bool startsWithNumber(const QString &line);
};

} // namespace fazhi

// SPDX-License-Identifier: GPL-3.0-or-later
// What a reviewer did to a Word document with change tracking on: the text as it was before, the tracked
// insertions and deletions, and the comments with the words they are on.
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace fazhi {

struct TrackedDocx
{
    /// A tracked change: adjacent insertions (or deletions) by one author are one change, as word
    /// processors show them.
    struct Change
    {
        enum class Kind { Inserted, Deleted };
        Kind kind = Kind::Inserted;
        int at = 0;   ///< offset in `original`: where the inserted text goes, or where the deleted text starts
        QString text; ///< paragraph marks as '\n'
        QString author;
        QDateTime date;
    };

    /// A Word comment; `start`..`end` are offsets in `original` (-1 when the document gives no range).
    struct Remark
    {
        QString id;     ///< the document's w:id
        QString author;
        QDateTime date;
        QString text;
        QString parent; ///< the id of the comment it replies to, empty for a thread's first
        int start = -1;
        int end = -1;
    };

    QString original;     ///< the text with every change rejected, each paragraph ending with '\n'
    QList<Change> changes; ///< in reading order
    QList<Remark> comments; ///< in the order of comments.xml

    /// Throws Failure(Input) with a Chinese message when `docx` is not a readable Word document.
    static TrackedDocx read(const QByteArray &docx);
};

} // namespace fazhi

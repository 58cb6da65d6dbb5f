// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Review.h"

namespace fazhi {

/// Keeps a comment on its words while the text around them is edited: the quote is found again in the
/// new text, and where it occurs more than once, the occurrence whose surrounding words best match the
/// remembered context (then the one nearest the old place) wins. Words that are gone leave the comment
/// orphaned, never silently dropped.
class CommentAnchor
{
public:
    struct Place
    {
        int start = -1; ///< -1: the words are no longer in the text
        QString prefix;
        QString suffix;
    };
    /// Where `comment`'s quote is in `text` now.
    static Place locate(const Comment &comment, const QString &text);
    /// The place and context of `start`..`start + length` in `text`, for a new comment.
    static Place at(const QString &text, int start, int length);
};

} // namespace fazhi

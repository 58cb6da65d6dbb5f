// SPDX-License-Identifier: GPL-3.0-or-later
#include "review/CommentAnchor.h"

namespace fazhi {

namespace {

/// How many characters at the end of `a` and `b` agree.
int commonSuffix(QStringView a, QStringView b)
{
    int n = 0;
    while (n < a.size() && n < b.size() && a.at(a.size() - 1 - n) == b.at(b.size() - 1 - n))
        ++n;
    return n;
}

int commonPrefix(QStringView a, QStringView b)
{
    int n = 0;
    while (n < a.size() && n < b.size() && a.at(n) == b.at(n))
        ++n;
    return n;
}

} // namespace

CommentAnchor::Place CommentAnchor::at(const QString &text, int start, int length)
{
    Place p;
    if (start < 0 || length <= 0 || start + length > text.size())
        return p;
    p.start = start;
    const int before = qMax(0, start - Comment::kContext);
    p.prefix = text.mid(before, start - before);
    p.suffix = text.mid(start + length, Comment::kContext);
    return p;
}

CommentAnchor::Place CommentAnchor::locate(const Comment &comment, const QString &text)
{
    if (comment.quote.isEmpty())
        return {};
    int best = -1;
    int bestScore = -1;
    int bestDistance = 0;
    for (int at = text.indexOf(comment.quote); at >= 0; at = text.indexOf(comment.quote, at + 1)) {
        const QStringView before = QStringView(text).mid(qMax(0, at - Comment::kContext), at - qMax(0, at - Comment::kContext));
        const QStringView after = QStringView(text).mid(at + comment.quote.size(), Comment::kContext);
        const int score = commonSuffix(before, comment.prefix) + commonPrefix(after, comment.suffix);
        const int distance = comment.start >= 0 ? qAbs(at - comment.start) : 0;
        if (score > bestScore || (score == bestScore && distance < bestDistance)) {
            best = at;
            bestScore = score;
            bestDistance = distance;
        }
    }
    if (best < 0)
        return {};
    return at(text, best, int(comment.quote.size()));
}

} // namespace fazhi

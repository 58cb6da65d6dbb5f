// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Review.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>

namespace fazhi {

class ReportSession;

/// The comments of an open report, kept on their words while the text is edited. Each change of a
/// section's body moves the anchored ranges the way a word processor does: text typed before the words
/// shifts them, text typed inside them becomes part of them, words deleted whole leave the comment
/// orphaned (kept and shown as such, and found again if the words come back). Once the session has
/// written the text, the new places and words are stored with it.
class CommentTracker : public QObject
{
    Q_OBJECT

public:
    explicit CommentTracker(ReportSession *session, QObject *parent = nullptr);

    /// Reads the comments again (after one was added, replied to or resolved) and finds their words in
    /// the current text.
    void reload();
    /// Every comment and reply, with where its words are now.
    const QList<Comment> &comments() const { return m_comments; }
    const Comment *find(qint64 id) const;
    /// The first comments of the threads anchored in `sectionId`, in text order.
    QList<Comment> threads(qint64 sectionId) const;
    int replyCount(qint64 commentId) const;
    /// Writes the places that changed (when the database is writable). Throws Failure.
    void store();
    bool hasUnstoredPlaces() const { return !m_moved.isEmpty(); }

    /// Where the range `start`..`start + length` of `before` is in `after`, the one edit between them
    /// being found from their common beginning and end; -1 start when the range was deleted.
    static std::pair<int, int> follow(const QString &before, const QString &after, int start, int length);

signals:
    void changed();

private:
    void bodyChanged(qint64 sectionId);
    void structureChanged();
    void saveStateChanged();

    QPointer<ReportSession> m_session;
    QList<Comment> m_comments;
    QHash<qint64, QString> m_bodies; ///< the text the places refer to, per section
    QSet<qint64> m_moved;            ///< comments whose place or words changed since stored
};

} // namespace fazhi

// SPDX-License-Identifier: GPL-3.0-or-later
#include "CommentTracker.h"

#include "ReportSession.h"
#include "review/CommentAnchor.h"
#include "storage/CommentRepository.h"
#include "storage/Database.h"
#include "util/Failure.h"

#include <QLoggingCategory>

#include <algorithm>

namespace fazhi {

namespace {

Q_LOGGING_CATEGORY(lcComments, "fazhi.comments")

bool anchored(const Comment &c) { return c.parentId == 0 && c.sectionId > 0 && !c.quote.isEmpty(); }

} // namespace

CommentTracker::CommentTracker(ReportSession *session, QObject *parent) : QObject(parent), m_session(session)
{
    connect(session, &ReportSession::sectionTextChanged, this, &CommentTracker::bodyChanged);
    connect(session, &ReportSession::structureChanged, this, &CommentTracker::structureChanged);
    connect(session, &ReportSession::saveStateChanged, this, &CommentTracker::saveStateChanged);
    reload();
}

void CommentTracker::reload()
{
    if (!m_session)
        return;
    // Places found since the last store are written first, so that reading does not lose them.
    try {
        store();
    } catch (const Failure &f) {
        qCWarning(lcComments) << "storing comment places failed:" << f.message() << f.detail();
    }
    m_comments = CommentRepository(m_session->database()).forReport(m_session->reportId());
    m_bodies.clear();
    m_moved.clear();
    for (Comment &c : m_comments) {
        if (!anchored(c))
            continue;
        const Section *s = m_session->section(c.sectionId);
        const QString body = s ? s->body : QString();
        if (c.start >= 0 && body.mid(c.start, c.quote.size()) == c.quote)
            continue;
        // Stored against other text (changed by another program, or not yet saved here): look again.
        const CommentAnchor::Place place = s ? CommentAnchor::locate(c, body) : CommentAnchor::Place{};
        if (place.start != c.start) {
            c.start = place.start;
            if (place.start >= 0) {
                c.prefix = place.prefix;
                c.suffix = place.suffix;
            }
            m_moved.insert(c.id);
        }
    }
    for (const Section &s : m_session->document().sections)
        m_bodies.insert(s.id, s.body);
    emit changed();
}

const Comment *CommentTracker::find(qint64 id) const
{
    for (const Comment &c : m_comments)
        if (c.id == id)
            return &c;
    return nullptr;
}

QList<Comment> CommentTracker::threads(qint64 sectionId) const
{
    QList<Comment> list;
    for (const Comment &c : m_comments)
        if (c.parentId == 0 && c.sectionId == sectionId)
            list << c;
    std::stable_sort(list.begin(), list.end(), [](const Comment &a, const Comment &b) { return a.start < b.start; });
    return list;
}

int CommentTracker::replyCount(qint64 commentId) const
{
    return int(std::count_if(m_comments.cbegin(), m_comments.cend(),
                             [commentId](const Comment &c) { return c.parentId == commentId; }));
}

std::pair<int, int> CommentTracker::follow(const QString &before, const QString &after, int start, int length)
{
    const int oldSize = int(before.size()), newSize = int(after.size());
    int prefix = 0;
    while (prefix < oldSize && prefix < newSize && before.at(prefix) == after.at(prefix))
        ++prefix;
    int suffix = 0;
    while (suffix < oldSize - prefix && suffix < newSize - prefix
           && before.at(oldSize - 1 - suffix) == after.at(newSize - 1 - suffix))
        ++suffix;
    const int editEnd = oldSize - suffix; // the edit replaced before[prefix, editEnd) …
    const int newEnd = newSize - suffix;  // … by after[prefix, newEnd)
    const int delta = newSize - oldSize;
    const int end = start + length;
    if (editEnd <= start)
        return {start + delta, length}; // wholly before the words (typing right before them shifts them)
    if (prefix >= end)
        return {start, length}; // wholly after
    const int newStart = qMin(start, prefix);
    const int newStop = end > editEnd ? end + delta : newEnd;
    if (newStop <= newStart)
        return {-1, 0};
    return {newStart, newStop - newStart};
}

void CommentTracker::bodyChanged(qint64 sectionId)
{
    const Section *s = m_session ? m_session->section(sectionId) : nullptr;
    if (!s)
        return;
    const QString before = m_bodies.value(sectionId);
    const QString &after = s->body;
    m_bodies.insert(sectionId, after);
    bool any = false;
    for (Comment &c : m_comments) {
        if (!anchored(c) || c.sectionId != sectionId)
            continue;
        if (c.start < 0) {
            // Orphaned: back on its words if they are there again.
            const int start = CommentAnchor::locate(c, after).start;
            if (start < 0)
                continue;
            c.start = start;
        } else {
            const auto [start, length] = follow(before, after, c.start, int(c.quote.size()));
            if (start == c.start && length == c.quote.size())
                continue;
            c.start = start;
            if (start >= 0)
                c.quote = after.mid(start, length);
        }
        if (c.start >= 0) {
            const CommentAnchor::Place place = CommentAnchor::at(after, c.start, int(c.quote.size()));
            c.prefix = place.prefix;
            c.suffix = place.suffix;
        }
        m_moved.insert(c.id);
        any = true;
    }
    if (any)
        emit changed();
}

void CommentTracker::structureChanged()
{
    bool any = false;
    for (Comment &c : m_comments) {
        if (anchored(c) && c.start >= 0 && !m_session->section(c.sectionId)) {
            c.start = -1;
            m_moved.insert(c.id);
            any = true;
        }
    }
    if (any)
        emit changed();
}

void CommentTracker::saveStateChanged()
{
    // The places refer to the text as it is here; store them once that text is in the database.
    if (!m_session || m_moved.isEmpty() || m_session->hasUnsavedChanges())
        return;
    try {
        store();
    } catch (const Failure &f) {
        qCWarning(lcComments) << "storing comment places failed:" << f.message() << f.detail();
    }
}

void CommentTracker::store()
{
    if (!m_session || m_moved.isEmpty() || m_session->database().isReadOnly())
        return;
    Database &db = m_session->database();
    Transaction tx(db);
    CommentRepository repo(db);
    for (const Comment &c : std::as_const(m_comments)) {
        if (!m_moved.contains(c.id))
            continue;
        // An orphan keeps its last words and context, so that it is found again if they come back.
        repo.setQuote(c.id, c.quote, c.start, c.prefix, c.suffix);
    }
    tx.commit();
    m_moved.clear();
}

} // namespace fazhi

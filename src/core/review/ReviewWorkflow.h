// SPDX-License-Identifier: GPL-3.0-or-later
// The review state machine of ../shared/spec/review.md, with who may do what.
#pragma once

#include "model/Report.h"
#include "model/Review.h"

#include <QDate>

namespace fazhi {

class Database;

/// Moves reports through draft → submitted → returned/approved → published (and reopen), freezes
/// versions, restores them, and takes comments — each step allowed only to the roles the spec names,
/// written in one transaction together with its audit entry. Refusals throw Failure with a Chinese
/// sentence and change nothing.
class ReviewWorkflow
{
public:
    /// The steps of the state machine.
    enum class Transition { Submit, Return, Approve, Publish, Reopen };

    ReviewWorkflow(Database &db, Person actor);

    const Person &actor() const { return m_actor; }

    void submit(qint64 reportId, const QString &comment = {});
    /// Needs a reason or at least one open comment.
    void returnReport(qint64 reportId, const QString &reason);
    /// Refused to anyone who wrote or edited the submitted version (separation of duties).
    void approve(qint64 reportId, const QString &comment = {});
    void publish(qint64 reportId, const QDate &date, const QString &url);
    /// An admin takes an approved or published report back to draft, with a reason.
    void reopen(qint64 reportId, const QString &reason);

    /// Freezes the report as a named version; returns its number.
    int saveVersion(qint64 reportId, const QString &name);
    /// Makes version `number` the report's content (the current content is kept as a version first);
    /// returns the number of that version, which restoring undoes this.
    int restoreVersion(qint64 reportId, int number);

    /// Comments on `quote` in section `sectionId` (the first occurrence at or after `hint`), or on the
    /// whole report when sectionId is 0. Returns the comment's id.
    qint64 addComment(qint64 reportId, qint64 sectionId, const QString &quote, const QString &body, int hint = 0);
    qint64 reply(qint64 commentId, const QString &body);
    void resolveComment(qint64 commentId, bool resolved = true);
    /// Finds every comment's words again in the current text and stores where they are.
    void refreshAnchors(qint64 reportId);

    /// Records the actor as an editor of the report's current round (for the approval rule); refuses
    /// when the actor may not edit it.
    void noteEdit(qint64 reportId);

    /// Why the actor may not take `transition` on the report now (the Chinese sentence the step itself
    /// would refuse with), or an empty string when they may. The reason, date and address a step also
    /// needs are not judged here. What a front end asks before it offers a step.
    QString refusal(qint64 reportId, Transition transition) const;

    bool hasRole(Role role, qint64 unitId, bool orSuperior) const;
    bool mayRead(qint64 reportId) const;

private:
    Report requireReport(qint64 reportId) const;
    void requireRole(const Report &report, std::initializer_list<Role> roles, bool orSuperior,
                     const QString &action) const;
    /// Throws the refusal of `transition` on `report` (roles, state, separation of duties).
    void requireAllowed(const Report &report, Transition transition) const;
    QList<qint64> unitAndSuperiors(qint64 unitId) const;

    Database &m_db;
    Person m_actor;
};

} // namespace fazhi

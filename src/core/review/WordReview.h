// SPDX-License-Identifier: GPL-3.0-or-later
// The Word round trip's way back: a reviewer's .docx with tracked changes and comments becomes suggestions
// the drafter accepts or rejects, and comments on the report's words.
#pragma once

#include "model/Review.h"
#include "review/TrackedDocx.h"

namespace fazhi {

class Database;

/// Imports a reviewer's Word document into a report, and accepts or rejects its suggestions. Every step
/// runs in one transaction with its audit entry; refusals throw Failure with a Chinese sentence and
/// change nothing.
///
/// The document's text with every change rejected is matched paragraph by paragraph with the report's
/// current layout (as the DOCX export writes it), so that each tracked change lands on a section's body or
/// heading, or a report field, at an offset with its context. Adjacent insertions (or deletions) are one
/// suggestion, as Word and LibreOffice list them; a replacement is a deletion and an insertion.
class WordReview
{
public:
    struct Imported
    {
        QList<qint64> suggestions; ///< ids, in reading order
        QList<qint64> comments;    ///< ids, replies included
        int unplaced = 0;          ///< suggestions that can only be rejected (target Other)
    };

    WordReview(Database &db, Person actor);

    /// Reads `docx` (its file name `source`, for the record) into report `reportId`. Allowed to the unit's
    /// drafters and to reviewers, signers and admins of the unit or a superior unit, in any state (the
    /// report's content is not changed). Throws Failure(Input) for a file that is not a Word document.
    Imported import(qint64 reportId, const QByteArray &docx, const QString &source);
    /// The same, from a document already read.
    Imported import(qint64 reportId, const TrackedDocx &docx, const QString &source);

    /// Applies the suggestion's change to the report, as an audited edit by the actor. Refused unless the
    /// actor is a drafter of the unit and the report is a draft or returned; refused (Input) when the
    /// words are no longer found, or the change is in a place it cannot be applied to (Target::Other).
    void accept(qint64 suggestionId);
    void reject(qint64 suggestionId);
    /// Every open suggestion in reading order, in one transaction; those that cannot be applied stay open
    /// and are returned. Returns the ids accepted (or rejected) in `done`.
    QList<qint64> acceptAll(qint64 reportId, QList<qint64> *done = nullptr);
    int rejectAll(qint64 reportId);

    /// Where the suggestion's words are in `text` now (its offset if they are still there, else found again
    /// by their context); -1 when they are gone.
    static int locate(const Suggestion &s, const QString &text);

private:
    Suggestion requireOpen(qint64 suggestionId) const;
    void requireDrafter(qint64 reportId, const QString &action) const;

    Database &m_db;
    Person m_actor;
};

} // namespace fazhi

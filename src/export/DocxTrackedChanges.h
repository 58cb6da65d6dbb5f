// SPDX-License-Identifier: GPL-3.0-or-later
// The difference between two states of a report as a Word document in the official layout, with the
// changes as tracked changes (修订) and the open comments as Word comments (批注).
#pragma once

#include "DocxExporter.h"
#include "model/Review.h"

namespace fazhi {

class DocxTrackedChanges
{
public:
    struct Result
    {
        QByteArray data;  ///< the .docx package
        int changes = 0;  ///< change regions written (adjacent insertions, or deletions, count once)
        int comments = 0; ///< Word comments written, replies included
    };

    /// `after` laid out as the normal DOCX, with what changed since `before` tracked as `revision`'s
    /// insertions and deletions: paragraphs matched by kind and text, edited paragraphs diffed by
    /// character, added and removed paragraphs whole. `comments` (threads: a first comment and its replies)
    /// are placed on their words in `after`; a comment whose words are gone, or on the whole report, is
    /// placed on the title with its quote. Changes of metrics and problems (not part of the printed text)
    /// are listed in a remark by `revision`'s author on the title. Throws Failure when the package cannot be made.
    static Result render(const ReportDocument &before, const ReportDocument &after, const docx::Revision &revision,
                         const QList<Comment> &comments = {});

    /// The paragraphs of `after` with the changes from `before` as pieces (no comments).
    static QList<docx::Paragraph> paragraphs(const ReportDocument &before, const ReportDocument &after);
};

} // namespace fazhi

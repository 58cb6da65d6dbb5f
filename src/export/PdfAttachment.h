// SPDX-License-Identifier: GPL-3.0-or-later
// A file embedded in a PDF, as PDF/A-3 electronic invoices carry their data: an /EmbeddedFile stream, its
// file specification (/AFRelationship /Data) in the catalogue's /EmbeddedFiles name tree and /AF array.
// QPdfWriter has no way to do this, so it is added to Qt's output as an incremental update: the original
// bytes stay as they are, the new objects, a new revision of the catalogue and a cross-reference section
// pointing back at the old one (/Prev) are appended.
#pragma once

#include <QByteArray>
#include <QString>

namespace fazhi {

class PdfAttachment
{
public:
    /// The PDF with `data` embedded as `name`. Returns the input unchanged when the file is not laid out as
    /// Qt writes it (one classic cross-reference table, a catalogue without a name tree or /AF).
    static QByteArray withEmbeddedFile(const QByteArray &pdf, const QString &name, const QByteArray &data,
                                       const QByteArray &mimeType, const QString &description);
};

} // namespace fazhi

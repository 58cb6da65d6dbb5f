// SPDX-License-Identifier: GPL-3.0-or-later
// One interface for every export format. A format renders its bytes; every write to a file goes through
// ExportFile's one safe-save path, so a failure leaves the old file as it was and no partial file behind.
#pragma once

#include "model/ReportDocument.h"
#include "util/Failure.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <memory>

namespace fazhi {

class Exporter
{
public:
    virtual ~Exporter() = default;

    /// The format's key in ExportFormats: "pdf", "docx", "html", "txt", "md"
    virtual QString format() const = 0;
    /// The bytes of `doc` in this format. Throws Failure (with a Chinese message) when it cannot be made.
    /// The default writes through write() to a temporary file and reads it back: a format overrides
    /// render(), write() or both.
    virtual QByteArray render(const ReportDocument &doc);
    /// Writes `doc` to `path` through ExportFile::save. On failure returns false; errorString() says why in
    /// Chinese and errorKind() whether the target was refused (Input) or the writing failed (Operation).
    virtual bool write(const ReportDocument &doc, const QString &path);
    QString errorString() const { return m_error; }
    Failure::Kind errorKind() const { return m_errorKind; }
    /// Notes for the user about the export, e.g. which substitute fonts were used.
    QStringList notes() const { return m_notes; }

    /// The exporter for a format name or alias (see ExportFormats), or nullptr.
    static std::unique_ptr<Exporter> create(const QString &format);
    /// The keys of ExportFormats::all(), in menu order.
    static QStringList formats();

protected:
    QString m_error;
    Failure::Kind m_errorKind = Failure::Kind::Operation;
    QStringList m_notes;
};

} // namespace fazhi

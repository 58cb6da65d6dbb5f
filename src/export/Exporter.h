// SPDX-License-Identifier: GPL-3.0-or-later
// One interface for every export format. Writes go through QSaveFile: a failure leaves no partial file.
#pragma once

#include "model/ReportDocument.h"

#include <QString>
#include <QStringList>

#include <memory>

namespace fazhi {

class Exporter
{
public:
    virtual ~Exporter() = default;

    /// "pdf", "docx", "ofd", "html", "txt", "md"
    virtual QString format() const = 0;
    /// Writes `doc` to `path`. On failure returns false and errorString() says why, in Chinese.
    virtual bool write(const ReportDocument &doc, const QString &path) = 0;
    QString errorString() const { return m_error; }
    /// Notes for the user about the export, e.g. which substitute fonts were used.
    QStringList notes() const { return m_notes; }

    /// The exporter for a format name, or nullptr.
    static std::unique_ptr<Exporter> create(const QString &format);
    static QStringList formats();

protected:
    QString m_error;
    QStringList m_notes;
};

} // namespace fazhi

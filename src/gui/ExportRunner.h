// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/ReportDocument.h"

#include <QObject>
#include <QStringList>

class QWidget;

namespace fazhi {

/// Writes a report in one format on a worker thread, with a progress dialog when it takes long; the
/// window stays responsive meanwhile.
class ExportRunner : public QObject
{
    Q_OBJECT

public:
    struct Outcome
    {
        bool ok = false;
        QString error;      ///< Chinese, from the exporter
        QStringList notes;  ///< e.g. substitute fonts
        qint64 ms = 0;
    };

    /// The file-dialog filter of a format, e.g. "PDF (*.pdf)".
    static QString filterFor(const QString &format);
    /// Blocks the caller (not the event loop) until the file is written or the export failed.
    static Outcome run(QWidget *parent, const ReportDocument &doc, const QString &format, const QString &path);
};

} // namespace fazhi

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/ReportDocument.h"

#include <QObject>
#include <QStringList>

class QWidget;

namespace fazhi {

/// Writes a report in one format on a worker thread, with a progress dialog when it takes long; the
/// window stays responsive meanwhile. The file is written by Exporter::write, through ExportFile's safe-save
/// path like every CLI export: a full disk or a device path fails with a Chinese message, the old file kept.
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

    /// The file-dialog filter of a format of ExportFormats, e.g. "PDF document (*.pdf)", translated.
    static QString filterFor(const QString &format);
    /// Blocks the caller (not the event loop) until the file is written or the export failed.
    static Outcome run(QWidget *parent, const ReportDocument &doc, const QString &format, const QString &path);
};

} // namespace fazhi

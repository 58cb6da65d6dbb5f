// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExportRunner.h"

#include "Background.h"
#include "Exporter.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QEventLoop>
#include <QProgressDialog>

using namespace Qt::StringLiterals;

namespace fazhi {

QString ExportRunner::filterFor(const QString &format)
{
    if (format == u"pdf"_s)
        return tr("PDF document (*.pdf)");
    if (format == u"docx"_s)
        return tr("Word document (*.docx)");
    if (format == u"ofd"_s)
        return tr("OFD document (*.ofd)");
    if (format == u"html"_s)
        return tr("Web page (*.html)");
    if (format == u"md"_s)
        return tr("Markdown (*.md)");
    return tr("Plain text (*.txt)");
}

ExportRunner::Outcome ExportRunner::run(QWidget *parent, const ReportDocument &doc, const QString &format,
                                        const QString &path)
{
    std::shared_ptr<Exporter> exporter(Exporter::create(format).release());
    if (!exporter)
        return {false, tr("This build cannot export %1 files.").arg(format.toUpper()), {}, 0};

    QProgressDialog progress(tr("Exporting %1…").arg(QFileInfo(path).fileName()), QString(), 0, 0, parent);
    progress.setWindowTitle(tr("Export"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(400);
    progress.setValue(0);

    QEventLoop loop;
    Outcome outcome;
    QElapsedTimer timer;
    timer.start();
    QObject guard;
    runInBackground<Outcome>(
        &guard,
        [exporter, doc, path] {
            Outcome o;
            o.ok = exporter->write(doc, path);
            o.error = exporter->errorString();
            o.notes = exporter->notes();
            return o;
        },
        [&](Outcome o) {
            outcome = std::move(o);
            loop.quit();
        });
    loop.exec(QEventLoop::ExcludeUserInputEvents);
    outcome.ms = timer.elapsed();
    return outcome;
}

} // namespace fazhi

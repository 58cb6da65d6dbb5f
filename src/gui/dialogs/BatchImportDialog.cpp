// SPDX-License-Identifier: GPL-3.0-or-later
#include "BatchImportDialog.h"

#include "storage/Database.h"
#include "util/Failure.h"

#include <QDialogButtonBox>
#include <QEventLoop>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QPointer>
#include <QProgressDialog>
#include <QTableWidget>
#include <QThread>
#include <QVBoxLayout>

#include <spdlog/spdlog.h>

using namespace Qt::StringLiterals;

namespace fazhi {

BatchImportDialog::BatchImportDialog(QString databasePath, QString folder, QWidget *parent)
    : QDialog(parent), m_databasePath(std::move(databasePath)), m_folder(std::move(folder))
{
    setWindowTitle(tr("Import a folder of reports"));
    resize(900, 480);
    auto *layout = new QVBoxLayout(this);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    m_table = new QTableWidget(0, 6, this);
    m_table->setHorizontalHeaderLabels(
        {tr("File"), tr("Result"), tr("Unit"), tr("Year"), tr("Parts"), tr("Notes")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(5, QHeaderView::Stretch);
    layout->addWidget(m_table, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::accept);
    layout->addWidget(buttons);
}

BatchImportDialog::~BatchImportDialog() = default;

int BatchImportDialog::imported() const
{
    return int(std::count_if(m_items.cbegin(), m_items.cend(), [](const BatchImportItem &i) { return i.ok; }));
}

void BatchImportDialog::run()
{
    const QStringList files = BatchImport::files(m_folder);
    const int total = int(files.size());
    m_items.clear();

    QProgressDialog progress(tr("Importing the reports of %1…").arg(QFileInfo(m_folder).fileName()),
                             tr("Cancel"), 0, std::max(total, 1), parentWidget());
    progress.setWindowTitle(windowTitle());
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(0);
    progress.setValue(0);
    connect(&progress, &QProgressDialog::canceled, this, &BatchImportDialog::cancel);

    // The worker reports each file to the interface thread; the loop below waits for the last report.
    QEventLoop loop;
    QPointer<QProgressDialog> shown(&progress);
    QString failure;
    QList<BatchImportItem> done;
    QThread *worker = QThread::create([&, files, total] {
        try {
            Database db;
            db.open(m_databasePath);
            BatchImport::run(db, files, {}, false, [&](int index, int, const BatchImportItem &item) {
                emit fileDone(index, total);
                QMetaObject::invokeMethod(this, [&, index, item] {
                    done.append(item);
                    if (shown) {
                        shown->setValue(index + 1);
                        shown->setLabelText(tr("Imported %1 of %2: %3").arg(index + 1).arg(total).arg(item.file));
                    }
                }, Qt::BlockingQueuedConnection);
                return !m_cancelled.load();
            });
        } catch (const Failure &f) {
            failure = f.message();
        } catch (const std::exception &e) {
            spdlog::error("batch import: {}", e.what());
            failure = tr("The import stopped because of an internal error; see the log.");
        }
    });
    connect(worker, &QThread::finished, &loop, &QEventLoop::quit);
    worker->start();
    loop.exec();
    worker->wait();
    delete worker;
    progress.close();

    m_items = done;
    if (!failure.isEmpty())
        throw Failure(failure);
    showOutcome(total);
}

void BatchImportDialog::showOutcome(int total)
{
    const int ok = imported();
    const int failed = int(m_items.size()) - ok;
    QString text = tr("%1 of %2 files imported, %3 not imported.").arg(ok).arg(total).arg(failed);
    if (m_cancelled && m_items.size() < total)
        text += u' ' + tr("Cancelled: %1 files were not tried; the files imported before stay stored.")
                           .arg(total - m_items.size());
    m_summary->setText(text);
    m_table->setRowCount(int(m_items.size()));
    for (int row = 0; row < m_items.size(); ++row) {
        const BatchImportItem &item = m_items.at(row);
        QString notes = item.ok ? item.warnings.join(u'\n') : item.error;
        if (item.ok && item.unitCreated)
            notes.prepend(tr("New unit added.") + (notes.isEmpty() ? QString() : u"\n"_s));
        const QStringList cells = {item.file,
                                   item.ok ? tr("Imported") : tr("Not imported"),
                                   item.unit,
                                   item.year ? QString::number(item.year) : QString(),
                                   item.ok ? QString::number(item.parts) : QString(),
                                   notes};
        for (int column = 0; column < cells.size(); ++column) {
            auto *cell = new QTableWidgetItem(cells.at(column));
            cell->setToolTip(cells.at(column)); // the whole note, where the row shows only its start
            if (!item.ok && column == 1)
                cell->setForeground(QColor(0xB0, 0x1C, 0x1C));
            m_table->setItem(row, column, cell);
        }
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(5, QHeaderView::Stretch);
    m_table->resizeRowsToContents();
}

} // namespace fazhi

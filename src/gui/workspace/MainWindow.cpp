// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"

#include "Actions.h"
#include "BatchImportDialog.h"
#include "BodyEdit.h"
#include "ChecklistDock.h"
#include "ConnectionDialog.h"
#include "Dialogs.h"
#include "EditCommands.h"
#include "ExportRunner.h"
#include "Exporter.h"
#include "FindReplaceDialog.h"
#include "ImportDialog.h"
#include "MergeDialog.h"
#include "MetricsTab.h"
#include "NewReportDialog.h"
#include "OutlinePanel.h"
#include "PreviewPanel.h"
#include "ProblemsTab.h"
#include "ReportFieldsEditor.h"
#include "ReportSession.h"
#include "ReviewController.h"
#include "SectionEditor.h"
#include "SessionJournal.h"
#include "StatusIndicators.h"
#include "UnitDialog.h"
#include "UnitsController.h"
#include "UnitsDock.h"
#include "OverviewLink.h"
#include "OverviewWindow.h"
#include "storage/Database.h"
#include "storage/SettingsRepository.h"
#include "text/ReportLayout.h"
#include "util/Failure.h"
#include "ui_MainWindow.h"

#include <QCloseEvent>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLoggingCategory>
#include <QKeySequence>
#include <QMenu>
#include <QMenuBar>
#include <QStandardPaths>
#include <QStatusBar>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace fazhi {

namespace {
enum CentralPage { WelcomePage, WorkspacePage };
Q_LOGGING_CATEGORY(lcWindow, "fazhi.window")
}

MainWindow::MainWindow(Database &db, QWidget *parent)
    : QMainWindow(parent), ui(std::make_unique<Ui::MainWindow>()), m_db(db)
{
    ui->setupUi(this);
    setObjectName(u"MainWindow"_s);
    m_actions = new Actions(this);

    m_units = new UnitsDock(db, this);
    auto *unitsDock = new QDockWidget(tr("Units and reports"), this);
    unitsDock->setObjectName(u"unitsDock"_s);
    unitsDock->setWidget(m_units);

    m_checklist = new ChecklistDock(this);
    auto *checkDock = new QDockWidget(tr("Checklist"), this);
    checkDock->setObjectName(u"checklistDock"_s);
    checkDock->setWidget(m_checklist);
    // Laid out for 1366×768: the units and the checklist share one column on the right (the checklist in
    // front while a report is open), so that the text being written gets the width of the screen.
    addDockWidget(Qt::RightDockWidgetArea, unitsDock);
    addDockWidget(Qt::RightDockWidgetArea, checkDock);
    tabifyDockWidget(unitsDock, checkDock);
    unitsDock->raise();
    resizeDocks({unitsDock}, {290}, Qt::Horizontal);

    auto *docks = new QMenu(tr("&Panels"), this);
    docks->addActions({unitsDock->toggleViewAction(), checkDock->toggleViewAction()});
    m_actions->populate(this, docks);
    m_unitsController = new UnitsController(db, this);
    menuBar()->insertMenu(menuBar()->actions().constLast(), m_unitsController->menu());
    m_units->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_units->addActions(m_unitsController->menu()->actions());
    auto *overviewMenu = new QMenu(tr("&Overview"), this);
    menuBar()->insertMenu(menuBar()->actions().constLast(), overviewMenu);
    QAction *overview = overviewMenu->addAction(tr("Compliance &overview…"), this, [this] { showOverview(); });
    overview->setObjectName(u"overviewAction"_s);
    overview->setShortcut(QKeySequence(u"Ctrl+Shift+O"_s));
    QAction *searchAll = overviewMenu->addAction(tr("&Search all reports…"), this,
                                                 [this] { showOverview()->showTab(OverviewWindow::SearchTab); });
    searchAll->setShortcut(QKeySequence(u"Ctrl+Shift+F"_s));
    m_indicators = new StatusIndicators(statusBar(), this);
    m_review = new ReviewController(this);
    docks->addActions(m_review->dockToggles());

    ui->writeSplitter->setStretchFactor(0, 0);
    ui->writeSplitter->setStretchFactor(1, 3);
    ui->writeSplitter->setStretchFactor(2, 2);
    ui->writeSplitter->setSizes({170, 560, 360});
    ui->centralStack->setCurrentIndex(WelcomePage);
    connectActions();
    m_units->reload();
    updateTitle();
    updateActions();
    resize(1400, 900);
}

MainWindow::~MainWindow()
{
    if (m_session) {
        m_session->flush();
        m_session->undoStack()->disconnect(this);
        delete m_session;
    }
}

ReportSession *MainWindow::session() const { return m_session; }
OutlinePanel *MainWindow::outline() const { return ui->outlinePanel; }
SectionEditor *MainWindow::sectionEditor() const { return ui->sectionEditor; }
PreviewPanel *MainWindow::preview() const { return ui->previewPanel; }
MetricsTab *MainWindow::metricsTab() const { return ui->metricsTab; }
ProblemsTab *MainWindow::problemsTab() const { return ui->problemsTab; }
void MainWindow::showTab(int index) { ui->workspaceTabs->setCurrentIndex(index); }

void MainWindow::connectActions()
{
    Actions *a = m_actions;
    connect(a->newReport, &QAction::triggered, this, &MainWindow::newReport);
    connect(a->newUnit, &QAction::triggered, this, &MainWindow::newUnit);
    connect(a->openReport, &QAction::triggered, this, [this] {
        if (const qint64 id = m_units->currentReportId())
            openReport(id);
        else
            m_units->setFocus();
    });
    connect(a->importReport, &QAction::triggered, this, &MainWindow::importReport);
    connect(a->importFolder, &QAction::triggered, this, &MainWindow::importFolder);
    connect(a->connectDatabase, &QAction::triggered, this, [this] {
        ConnectionDialog dialog(this);
        if (DialogRunner::exec(&dialog) == QDialog::Accepted)
            MessageBox::information(this, tr("Database"),
                                    tr("The program uses this database the next time it starts."));
    });
    connect(a->save, &QAction::triggered, this, [this] {
        if (m_session)
            m_session->flush();
    });
    connect(a->exportReport, &QAction::triggered, this, [this] { exportReport(); });
    connect(a->quit, &QAction::triggered, this, &QWidget::close);
    connect(a->undo, &QAction::triggered, this, [this] {
        if (m_session)
            m_session->undo();
    });
    connect(a->redo, &QAction::triggered, this, [this] {
        if (m_session)
            m_session->redo();
    });
    connect(a->find, &QAction::triggered, this, [this] {
        FindReplaceDialog *dialog = findDialog();
        const QString selected = ui->sectionEditor->bodyEdit()->textCursor().selectedText();
        if (!selected.isEmpty())
            dialog->setFindText(selected);
        dialog->show();
        dialog->raise();
        dialog->activateWindow();
    });
    connect(a->addSubsection, &QAction::triggered, ui->outlinePanel, &OutlinePanel::addSubsection);
    connect(a->deleteSubsection, &QAction::triggered, ui->outlinePanel, &OutlinePanel::deleteSubsection);
    connect(a->moveUp, &QAction::triggered, ui->outlinePanel, &OutlinePanel::moveUp);
    connect(a->moveDown, &QAction::triggered, ui->outlinePanel, &OutlinePanel::moveDown);
    connect(a->showPreview, &QAction::toggled, ui->previewPanel, &QWidget::setVisible);
    connect(a->checkNow, &QAction::triggered, m_checklist, &ChecklistDock::checkNow);
    connect(a->writeTab, &QAction::triggered, this, [this] { showTab(0); });
    connect(a->metricsTab, &QAction::triggered, this, [this] { showTab(1); });
    connect(a->problemsTab, &QAction::triggered, this, [this] { showTab(2); });
    const QString language = SettingsRepository(m_db).value(u"ui.language"_s, u"zh_CN"_s);
    (language == u"en"_s ? a->languageEnglish : a->languageChinese)->setChecked(true);
    connect(a->languageChinese, &QAction::triggered, this, [this] { setLanguage(u"zh_CN"_s); });
    connect(a->languageEnglish, &QAction::triggered, this, [this] { setLanguage(u"en"_s); });
    connect(a->about, &QAction::triggered, this, [this] {
        MessageBox::information(this, tr("About Fazhi Report Studio"),
                                tr("Fazhi Report Studio helps government units write, check and publish their annual "
                                   "report on building a rule-of-law government.\nDatabase: %1")
                                    .arg(QDir::toNativeSeparators(m_db.path())));
    });

    connect(m_units, &UnitsDock::reportActivated, this, [this](qint64 id) { openReport(id); });
    connect(ui->outlinePanel, &OutlinePanel::sectionActivated, this, &MainWindow::sectionActivated);
    connect(ui->sectionEditor, &SectionEditor::cursorMoved, this, [this](qint64 id, int position) {
        ui->previewPanel->followCursor(id, position);
    });
    connect(ui->previewPanel, &PreviewPanel::jumpRequested, this, &MainWindow::jumpTo);
    connect(ui->previewPanel, &PreviewPanel::exportRequested, this, [this](const QString &f) { exportReport(f); });
    connect(ui->previewPanel, &PreviewPanel::laidOut, this,
            [this] { ui->metricsTab->setLayout(ui->previewPanel->layout()); });
    connect(ui->metricsTab, &MetricsTab::jumpRequested, this, &MainWindow::jumpTo);
    connect(ui->problemsTab, &ProblemsTab::jumpRequested, this, &MainWindow::jumpTo);
    connect(m_checklist, &ChecklistDock::jumpRequested, this, &MainWindow::jumpTo);
    connect(m_checklist, &ChecklistDock::summaryChanged, m_indicators, &StatusIndicators::setChecklist);
    connect(ui->reportFieldsEditor, &ReportFieldsEditor::statusChanged, this, [this] {
        if (m_session) {
            m_session->flush();
            m_units->reload();
        }
    });
}

bool MainWindow::openReport(qint64 reportId)
{
    QElapsedTimer timer;
    timer.start();
    ReportSession *session = nullptr;
    try {
        // A report under review, or one this person does not draft, opens without a writer.
        const bool editable = !m_readOnly && m_review->mayEdit(reportId);
        session = new ReportSession(m_db, reportId, this,
                                    editable ? ReportSession::Access::ReadWrite : ReportSession::Access::ReadOnly);
    } catch (const Failure &f) {
        qCWarning(lcWindow) << "opening report" << reportId << "failed:" << f.message() << f.detail();
        MessageBox::warning(this, tr("Open report"), f.message());
        return false;
    }
    if (m_session) {
        m_session->flush();
        m_session->undoStack()->disconnect(this);
        m_session->disconnect(this);
        m_session->deleteLater();
    }
    m_session = session;
    connect(session, &ReportSession::saveFailed, this, [this](const QString &message) {
        statusBar()->showMessage(tr("Could not save: %1").arg(message), 10000);
    });
    connect(session, &ReportSession::editFailed, this, [this](const QString &message) {
        statusBar()->showMessage(tr("Could not save: %1").arg(message), 10000);
        MessageBox::warning(this, tr("The change was not made"), message);
    });
    connect(session, &ReportSession::bodyConflict, this,
            [this, session](qint64 sectionId, const QString &what, const QString &theirs) {
                const Section *mine = session->section(sectionId);
                if (!mine)
                    return;
                m_mergeShown = true; // the dialog says what the message box would
                MergeDialog dialog(what, mine->body, theirs, this);
                if (DialogRunner::exec(&dialog) != QDialog::Accepted || m_session != session)
                    return;
                const Section *now = session->section(sectionId);
                if (now && now->body != dialog.merged())
                    session->undoStack()->push(
                        new EditBodyCommand(session, sectionId, now->body, dialog.merged(), tr("Merge")));
            });
    connect(session, &ReportSession::outsideConflict, this, [this](const QString &message) {
        if (std::exchange(m_mergeShown, false))
            statusBar()->showMessage(message.section(u'\n', 0, 0), 10000);
        else
            MessageBox::warning(this, tr("Changed in another program"), message);
    });
    connect(session->undoStack(), &QUndoStack::indexChanged, this, &MainWindow::updateActions);
    connect(session, &ReportSession::reportFieldsChanged, this, &MainWindow::updateTitle);
    if (session->recoveredCharacters() > 0)
        statusBar()->showMessage(tr("%1 characters typed while the server was unreachable were put back and are being saved")
                                     .arg(session->recoveredCharacters()),
                                 15000);
    ui->outlinePanel->setSession(session);
    ui->sectionEditor->setSession(session);
    ui->reportFieldsEditor->setSession(session);
    ui->previewPanel->setSession(session);
    ui->metricsTab->setSession(session);
    ui->problemsTab->setSession(session);
    m_checklist->setSession(session);
    m_indicators->setSession(session);
    ui->sectionEditor->setReadOnly(session->isReadOnly());
    for (QWidget *w : {static_cast<QWidget *>(ui->reportFieldsEditor), static_cast<QWidget *>(ui->metricsTab),
                       static_cast<QWidget *>(ui->problemsTab)})
        w->setEnabled(!session->isReadOnly());
    m_review->setSession(session);
    if (m_find)
        m_find->setSession(session);
    if (!m_readOnly)
        tryWrite(tr("Open report"), [&] { SessionJournal(m_db).noteOpened(reportId); });
    ui->centralStack->setCurrentIndex(WorkspacePage);
    m_units->selectReport(reportId);
    if (auto *checkDock = findChild<QDockWidget *>(u"checklistDock"_s))
        checkDock->raise();
    // Start in the first subsection of part one: where the writing is.
    qint64 first = OutlinePanel::kReportFields;
    for (const Section &s : session->document().sections)
        if (!s.isPart()) {
            first = s.id;
            break;
        }
    ui->outlinePanel->selectSection(first);
    sectionActivated(first);
    // Ready to type: the cursor at the end of that text (or in the opening paragraph of a report without subsections).
    if (const Section *s = session->section(first))
        ui->sectionEditor->select(int(s->body.size()), 0);
    else
        ui->reportFieldsEditor->focusField(int(BlockKind::Opening));
    updateTitle();
    updateActions();
    statusBar()->showMessage(tr("Opened in %1 ms").arg(timer.elapsed()), 3000);
    return true;
}

void MainWindow::closeReport()
{
    if (!m_session)
        return;
    m_session->flush();
    m_session->undoStack()->disconnect(this);
    m_session->disconnect(this);
    ui->outlinePanel->setSession(nullptr);
    ui->sectionEditor->setSession(nullptr);
    ui->reportFieldsEditor->setSession(nullptr);
    ui->previewPanel->setSession(nullptr);
    ui->metricsTab->setSession(nullptr);
    ui->problemsTab->setSession(nullptr);
    m_checklist->setSession(nullptr);
    m_indicators->setSession(nullptr);
    if (m_find)
        m_find->setSession(nullptr);
    m_session->deleteLater();
    m_session = nullptr;
    ui->centralStack->setCurrentIndex(WelcomePage);
    updateTitle();
    updateActions();
}

void MainWindow::sectionActivated(qint64 id)
{
    if (!m_session)
        return;
    if (id == OutlinePanel::kReportFields || id == 0) {
        ui->editorStack->setCurrentWidget(ui->reportFieldsEditor);
        m_indicators->setCurrentSection(0);
    } else {
        if (ui->sectionEditor->sectionId() != id)
            ui->sectionEditor->showSection(id);
        ui->editorStack->setCurrentWidget(ui->sectionEditor);
        m_indicators->setCurrentSection(id);
    }
    updateActions();
}

void MainWindow::jumpTo(const JumpPlace &place)
{
    if (!m_session)
        return;
    switch (place.kind) {
    case JumpPlace::Kind::Metric: showTab(1); return;
    case JumpPlace::Kind::Problem: showTab(2); return;
    case JumpPlace::Kind::Section:
    case JumpPlace::Kind::Heading:
        if (m_session->section(place.sectionId)) {
            showTab(0);
            ui->outlinePanel->selectSection(place.sectionId);
            sectionActivated(place.sectionId);
            ui->sectionEditor->select(place.kind == JumpPlace::Kind::Heading ? -1 : place.position, place.length);
            return;
        }
        break;
    case JumpPlace::Kind::ReportField: break;
    }
    showTab(0);
    ui->outlinePanel->selectSection(OutlinePanel::kReportFields);
    sectionActivated(OutlinePanel::kReportFields);
    ui->reportFieldsEditor->focusField(int(place.kind == JumpPlace::Kind::ReportField ? place.field : BlockKind::Title));
}

FindReplaceDialog *MainWindow::findDialog()
{
    if (!m_find) {
        m_find = new FindReplaceDialog(this);
        m_find->setSession(m_session);
        connect(m_find, &FindReplaceDialog::showMatch, this, &MainWindow::jumpTo);
    }
    return m_find;
}

void MainWindow::updateTitle()
{
    QString title = m_session ? tr("%1 – Fazhi Report Studio").arg(m_session->document().report.title)
                              : tr("Fazhi Report Studio");
    if (m_readOnly)
        title += tr(" (read-only)");
    setWindowTitle(title);
}

void MainWindow::updateActions()
{
    const bool open = m_session != nullptr;
    for (QAction *a : {m_actions->exportReport, m_actions->find, m_actions->checkNow})
        a->setEnabled(open);
    const bool editable = open && !m_readOnly && !m_session->isReadOnly();
    m_actions->save->setEnabled(editable);
    m_actions->addSubsection->setEnabled(editable);
    for (QAction *a : {m_actions->newReport, m_actions->newUnit, m_actions->importReport, m_actions->importFolder})
        a->setEnabled(!m_readOnly);
    m_actions->undo->setEnabled(editable && m_session->undoStack()->canUndo());
    m_actions->redo->setEnabled(editable && m_session->undoStack()->canRedo());
    if (open) {
        m_actions->undo->setText(m_session->undoStack()->canUndo()
                                     ? tr("&Undo %1").arg(m_session->undoStack()->undoText()) : tr("&Undo"));
        m_actions->redo->setText(m_session->undoStack()->canRedo()
                                     ? tr("&Redo %1").arg(m_session->undoStack()->redoText()) : tr("&Redo"));
    }
    const Section *s = open ? m_session->section(ui->outlinePanel->currentSectionId()) : nullptr;
    const bool sub = s && !s->isPart() && editable;
    m_actions->deleteSubsection->setEnabled(sub);
    m_actions->moveUp->setEnabled(sub);
    m_actions->moveDown->setEnabled(sub);
}

void MainWindow::reloadUnits() { m_units->reload(); }

OverviewWindow *MainWindow::showOverview()
{
    if (!m_overview) {
        m_overview = new OverviewWindow(m_db, this);
        connect(m_overview, &OverviewWindow::openTarget, this,
                [this](const OverviewTarget &target) { OverviewLink::open(*this, target); });
        m_overview->reload();
    }
    m_overview->show();
    m_overview->raise();
    m_overview->activateWindow();
    return m_overview;
}

void MainWindow::newReport()
{
    NewReportDialog dialog(m_db, m_units->currentUnitId(), this);
    if (DialogRunner::exec(&dialog) != QDialog::Accepted)
        return;
    qint64 id = 0;
    try {
        id = dialog.createReport();
    } catch (const Failure &f) {
        MessageBox::warning(this, tr("New report"), f.message());
        return;
    }
    m_units->reload();
    openReport(id);
}

void MainWindow::newUnit()
{
    UnitDialog dialog(m_db, this);
    dialog.setParentUnit(m_units->currentUnitId());
    if (DialogRunner::exec(&dialog) != QDialog::Accepted)
        return;
    try {
        dialog.createUnit();
    } catch (const Failure &f) {
        MessageBox::warning(this, tr("New unit"), f.message());
        return;
    }
    m_units->reload();
}

void MainWindow::importReport()
{
    ImportDialog dialog(m_db, this);
    const QString path = FileDialog::getOpenFileName(this, tr("Import a report"), ImportDialog::fileFilter());
    if (path.isEmpty() || !dialog.load(path))
        return;
    if (DialogRunner::exec(&dialog) != QDialog::Accepted)
        return;
    qint64 id = 0;
    try {
        id = dialog.store();
    } catch (const Failure &f) {
        MessageBox::warning(this, tr("Import a report"), f.message());
        return;
    }
    m_units->reload();
    openReport(id);
}

void MainWindow::importFolder()
{
    const QString folder = FileDialog::getExistingDirectory(this, tr("Import a folder of reports"));
    if (folder.isEmpty())
        return;
    BatchImportDialog dialog(m_db.path(), folder, this);
    try {
        dialog.run();
    } catch (const Failure &f) {
        MessageBox::warning(this, tr("Import a folder of reports"), f.message());
        return;
    }
    m_units->reload();
    DialogRunner::exec(&dialog);
}

bool MainWindow::exportReport(const QString &format)
{
    if (!m_session)
        return false;
    m_session->flush();
    const ReportDocument &doc = m_session->document();
    const QStringList formats = format.isEmpty() ? Exporter::formats() : QStringList{format};
    QStringList filters;
    for (const QString &f : std::as_const(formats))
        filters << ExportRunner::filterFor(f);
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested = documents + u"/"_s + doc.report.title + u"."_s + formats.first();
    QString path = FileDialog::getSaveFileName(this, tr("Export report"), suggested, filters.join(u";;"_s));
    if (path.isEmpty())
        return false;
    QString chosen = QFileInfo(path).suffix().toLower();
    if (!formats.contains(chosen)) {
        chosen = formats.first();
        path += u"."_s + chosen;
    }
    const ExportRunner::Outcome outcome = ExportRunner::run(this, doc, chosen, path);
    if (!outcome.ok) {
        MessageBox::warning(this, tr("Export report"), outcome.error);
        return false;
    }
    QString message = tr("Exported to %1").arg(QDir::toNativeSeparators(path));
    statusBar()->showMessage(message, 8000);
    if (!outcome.notes.isEmpty())
        MessageBox::information(this, tr("Export report"), message + u"\n\n"_s + outcome.notes.join(u'\n'));
    return true;
}

void MainWindow::setClock(const Clock &clock)
{
    ui->problemsTab->setClock(clock);
    m_checklist->setClock(clock);
    m_unitsController->setClock(clock);
    if (m_overview)
        m_overview->setClock(clock);
}

void MainWindow::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    // Reading stays possible (outline, preview, checklist, export); nothing that writes is offered.
    ui->editorStack->setEnabled(!readOnly);
    ui->metricsTab->setEnabled(!readOnly);
    ui->problemsTab->setEnabled(!readOnly);
    if (readOnly) {
        auto *banner = new QLabel(tr("This database is open in another window; this window is read-only."), this);
        banner->setObjectName(u"readOnlyBanner"_s);
        banner->setStyleSheet(u"QLabel { color: #8a1c1c; font-weight: bold; padding: 0 6px; }"_s);
        statusBar()->addPermanentWidget(banner);
    }
    updateTitle();
    updateActions();
}

bool MainWindow::tryWrite(const QString &title, const std::function<void()> &write)
{
    try {
        write();
        return true;
    } catch (const Failure &f) {
        qCWarning(lcWindow) << title << "failed:" << f.message() << f.detail();
        MessageBox::warning(this, title, f.message());
    }
    return false;
}

void MainWindow::setLanguage(const QString &language)
{
    if (!tryWrite(tr("Language"), [&] { SettingsRepository(m_db).setValue(u"ui.language"_s, language); }))
        return;
    MessageBox::information(this, tr("Language"), tr("The new interface language takes effect the next time the program starts."));
}

void MainWindow::recoverSession()
{
    // A read-only window (the database is open in another one) has nothing to recover: the running
    // flag in the journal belongs to that other window.
    if (m_readOnly)
        return;
    SessionJournal journal(m_db);
    std::optional<SessionJournal::Recovery> recovery;
    if (!tryWrite(tr("Work recovered"), [&] {
            recovery = journal.pendingRecovery();
            journal.markRunning();
        }))
        return;
    if (!recovery)
        return;
    if (!openReport(recovery->reportId))
        return;
    const ReportDocument &doc = m_session->document();
    QString text = tr("The program did not close normally last time. Your work on \"%1\" (%2) has been recovered.")
                       .arg(doc.report.title, doc.unit.fullName);
    if (recovery->savedAt.isValid())
        text += u"\n"_s + tr("Last saved at %1.").arg(recovery->savedAt.toString(u"yyyy-MM-dd HH:mm:ss"_s));
    if (!recovery->editedHeadings.isEmpty())
        text += u"\n"_s + tr("Sections edited in that session: %1").arg(recovery->editedHeadings.join(u"；"_s));
    statusBar()->showMessage(tr("Recovered the report that was open when the program stopped"), 10000);
    MessageBox::information(this, tr("Work recovered"), text);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_session)
        m_session->flush();
    if (!m_readOnly) {
        try {
            SessionJournal(m_db).markCleanExit();
        } catch (const Failure &f) {
            qCWarning(lcWindow) << "marking the clean exit failed:" << f.message() << f.detail();
        }
    }
    event->accept();
}

} // namespace fazhi

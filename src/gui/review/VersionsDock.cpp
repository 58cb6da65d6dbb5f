// SPDX-License-Identifier: GPL-3.0-or-later
#include "VersionsDock.h"

#include "AuditText.h"
#include "Dialogs.h"
#include "DiffView.h"
#include "MainWindow.h"
#include "ReportSession.h"
#include "ReviewController.h"
#include "ReviewPanel.h"
#include "import/MarkdownForm.h"
#include "review/ReviewWorkflow.h"
#include "review/VersionDiff.h"
#include "storage/AuditLog.h"
#include "storage/DocumentStore.h"
#include "storage/VersionRepository.h"
#include "util/Failure.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>
#include <QTreeWidget>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace fazhi {

namespace {

constexpr int kNumberRole = Qt::UserRole;

QString when(const QDateTime &at) { return at.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s); }

} // namespace

VersionsDock::VersionsDock(ReviewController *review, QWidget *parent) : QWidget(parent), m_review(review)
{
    setObjectName(u"versionsPanel"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    auto *tabs = new QTabWidget(this);
    layout->addWidget(tabs);

    auto *versionsPage = new QWidget(tabs);
    auto *versionsLayout = new QVBoxLayout(versionsPage);
    versionsLayout->setContentsMargins(0, 4, 0, 0);
    m_versions = new QTreeWidget(versionsPage);
    m_versions->setObjectName(u"versionList"_s);
    m_versions->setRootIsDecorated(false);
    m_versions->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_versions->setHeaderLabels({tr("No."), tr("Kind"), tr("Name"), tr("By"), tr("When")});
    m_versions->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    versionsLayout->addWidget(m_versions);
    auto *buttons = new QHBoxLayout;
    m_save = new QPushButton(tr("Save &version…"), versionsPage);
    m_show = new QPushButton(tr("S&how"), versionsPage);
    m_restore = new QPushButton(tr("R&estore"), versionsPage);
    m_compare = new QPushButton(tr("&Compare"), versionsPage);
    m_compare->setToolTip(tr("Two versions selected: what changed from the older to the newer. One: what changed "
                             "since it, up to the current text."));
    for (QPushButton *b : {m_save, m_show, m_restore, m_compare})
        buttons->addWidget(b);
    versionsLayout->addLayout(buttons);
    tabs->addTab(versionsPage, tr("Versions"));

    m_history = new QTreeWidget(tabs);
    m_history->setObjectName(u"historyList"_s);
    m_history->setRootIsDecorated(false);
    m_history->setHeaderLabels({tr("When"), tr("Who"), tr("What"), tr("Version"), tr("Detail")});
    m_history->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    tabs->addTab(m_history, tr("History"));

    connect(m_save, &QPushButton::clicked, this, &VersionsDock::saveVersion);
    connect(m_show, &QPushButton::clicked, this, [this] {
        if (const QList<int> v = selectedVersions(); !v.isEmpty())
            showVersion(v.last());
    });
    connect(m_restore, &QPushButton::clicked, this, [this] {
        const QList<int> v = selectedVersions();
        if (v.size() == 1
            && MessageBox::question(this, tr("Restore a version"),
                                    tr("Make version %1 the report's content? What is there now is kept as a version "
                                       "first.").arg(v.first()))
                   == QMessageBox::Yes)
            restore(v.first());
    });
    connect(m_compare, &QPushButton::clicked, this, &VersionsDock::compareSelected);
    connect(m_versions, &QTreeWidget::itemSelectionChanged, this, &VersionsDock::updateButtons);
    connect(m_versions, &QTreeWidget::itemDoubleClicked, this,
            [this](QTreeWidgetItem *item) { showVersion(item->data(0, kNumberRole).toInt()); });
    updateButtons();
}

void VersionsDock::refresh()
{
    m_versions->clear();
    m_history->clear();
    ReportSession *session = m_review->session();
    if (session) {
        const qint64 id = session->reportId();
        for (const ReportVersion &v : VersionRepository(m_review->database()).forReport(id)) {
            auto *item = new QTreeWidgetItem(m_versions, {QString::number(v.number), versionKindLabel(v.kind), v.name,
                                                          v.author, when(v.createdAt)});
            item->setData(0, kNumberRole, v.number);
            if (!v.editors.isEmpty())
                item->setToolTip(3, tr("Changed in its round by: %1").arg(v.editors.join(u"、"_s)));
        }
        const QList<AuditEntry> entries = AuditLog(m_review->database()).forReport(id);
        for (auto it = entries.crbegin(); it != entries.crend(); ++it)
            new QTreeWidgetItem(m_history, {when(it->at), it->person, AuditText::action(it->action),
                                            it->version > 0 ? QString::number(it->version) : QString(), it->detail});
    }
    updateButtons();
}

QList<int> VersionsDock::selectedVersions() const
{
    QList<int> numbers;
    for (const QTreeWidgetItem *item : m_versions->selectedItems())
        numbers << item->data(0, kNumberRole).toInt();
    std::sort(numbers.begin(), numbers.end());
    return numbers;
}

void VersionsDock::selectVersions(const QList<int> &numbers)
{
    m_versions->clearSelection();
    for (int i = 0; i < m_versions->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_versions->topLevelItem(i);
        item->setSelected(numbers.contains(item->data(0, kNumberRole).toInt()));
    }
}

void VersionsDock::updateButtons()
{
    const int n = int(m_versions->selectedItems().size());
    const bool person = m_review->person().has_value() && m_review->session();
    m_save->setEnabled(person);
    m_show->setEnabled(n >= 1);
    m_restore->setEnabled(person && n == 1);
    m_compare->setEnabled(n == 1 || n == 2);
}

void VersionsDock::compareSelected()
{
    const QList<int> v = selectedVersions();
    if (v.size() == 2)
        showDiff(v.first(), v.last());
    else if (v.size() == 1)
        showDiff(v.first(), 0);
}

bool VersionsDock::saveVersion()
{
    ReportSession *session = m_review->session();
    const auto &person = m_review->person();
    if (!session || !person)
        return false;
    QString name;
    if (!InputDialog::getText(this, tr("Save a named version"), tr("Name of the version:"), &name))
        return false;
    try {
        session->flush();
        const int number = ReviewWorkflow(m_review->database(), *person).saveVersion(session->reportId(), name);
        m_review->window()->statusBar()->showMessage(tr("Saved as version %1.").arg(number), 5000);
    } catch (const Failure &f) {
        MessageBox::warning(this, tr("Save a named version"), f.message());
        return false;
    }
    refresh();
    return true;
}

namespace {

/// A restore as one step on the undo stack of the session opened after it. Undoing it restores the version
/// the restore kept of what was there before; the report is opened again, as after the restore itself (so
/// the undone step cannot be redone: restoring the version again does that).
class RestoreCommand : public QUndoCommand
{
public:
    RestoreCommand(VersionsDock *dock, int number, int before)
        : QUndoCommand(VersionsDock::tr("Restore version %1").arg(number)), m_dock(dock), m_before(before)
    {
    }
    void redo() override {} // done before it was pushed
    void undo() override
    {
        // Later: the restore opens the report again, which replaces the stack this command is on.
        QPointer<VersionsDock> dock = m_dock;
        const int before = m_before;
        QTimer::singleShot(0, dock, [dock, before] {
            if (dock)
                dock->restore(before, false);
        });
    }

private:
    QPointer<VersionsDock> m_dock;
    int m_before;
};

} // namespace

bool VersionsDock::restore(int number, bool undoable)
{
    ReportSession *session = m_review->session();
    const auto &person = m_review->person();
    if (!session || !person)
        return false;
    int before = 0;
    try {
        session->flush();
        before = ReviewWorkflow(m_review->database(), *person).restoreVersion(session->reportId(), number);
    } catch (const Failure &f) {
        MessageBox::warning(this, tr("Restore a version"), f.message());
        return false;
    }
    m_review->reopen();
    if (undoable && m_review->session() && !m_review->session()->isReadOnly())
        m_review->session()->undoStack()->push(new RestoreCommand(this, number, before));
    return true;
}

DiffView *VersionsDock::showDiff(int from, int to)
{
    ReportSession *session = m_review->session();
    if (!session)
        return nullptr;
    const qint64 id = session->reportId();
    VersionRepository versions(m_review->database());
    const auto older = versions.find(id, from);
    if (!older)
        return nullptr;
    ReportDocument after;
    QString title;
    if (to > 0) {
        const auto newer = versions.find(id, to);
        if (!newer)
            return nullptr;
        after = MarkdownForm::read(newer->content);
        title = tr("Changes from version %1 to version %2").arg(from).arg(to);
    } else {
        session->flush();
        after = DocumentStore(m_review->database()).load(id, false);
        title = tr("Changes from version %1 to the current text").arg(from);
    }
    const ReportDiff diff = VersionDiff::reports(MarkdownForm::read(older->content), after);
    if (!m_diff) {
        m_diff = new DiffView(m_review->window());
        m_diff->setWindowFlag(Qt::Window);
        m_diff->setAttribute(Qt::WA_DeleteOnClose);
        m_diff->resize(900, 680);
    }
    m_diff->setWindowTitle(title);
    m_diff->setDiff(diff, title);
    m_diff->show();
    m_diff->raise();
    return m_diff;
}

void VersionsDock::showVersion(int number)
{
    ReportSession *session = m_review->session();
    if (!session)
        return;
    const auto v = VersionRepository(m_review->database()).find(session->reportId(), number);
    if (!v)
        return;
    auto *view = new QPlainTextEdit(m_review->window());
    view->setObjectName(u"versionView"_s);
    view->setWindowFlag(Qt::Window);
    view->setAttribute(Qt::WA_DeleteOnClose);
    view->setReadOnly(true);
    view->setPlainText(v->content);
    view->setWindowTitle(tr("Version %1 (%2) — read-only").arg(number).arg(v->name.isEmpty() ? versionKindLabel(v->kind) : v->name));
    view->resize(760, 640);
    view->show();
}

} // namespace fazhi

// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReviewController.h"

#include "BodyEdit.h"
#include "CommentMargin.h"
#include "CommentTracker.h"
#include "CommentsDock.h"
#include "Dialogs.h"
#include "MainWindow.h"
#include "PersonDialog.h"
#include "PreviewPanel.h"
#include "ReportSession.h"
#include "ReviewPanel.h"
#include "SectionEditor.h"
#include "VersionsDock.h"
#include "review/ReviewWorkflow.h"
#include "storage/Database.h"
#include "storage/PersonRepository.h"
#include "storage/ReportRepository.h"
#include "storage/SettingsRepository.h"
#include "util/Failure.h"

#include <QAction>
#include <QDockWidget>
#include <QLabel>
#include <QLoggingCategory>
#include <QMenu>
#include <QMenuBar>
#include <QStatusBar>

#include <memory>

using namespace Qt::StringLiterals;

namespace fazhi {

namespace {

Q_LOGGING_CATEGORY(lcReview, "fazhi.review")

const QString kPersonKey = u"review.person"_s;

bool locked(ReportStatus s)
{
    return s == ReportStatus::Submitted || s == ReportStatus::Approved || s == ReportStatus::Published;
}

} // namespace

ReviewController::ReviewController(MainWindow *window) : QObject(window), m_window(window)
{
    m_panel = new ReviewPanel(this, window);
    m_comments = new CommentsDock(this, window);
    m_versions = new VersionsDock(this, window);
    QDockWidget *panelDock = addDock(m_panel, tr("Review"), u"reviewDock"_s);
    QDockWidget *commentDock = addDock(m_comments, tr("Comments"), u"commentsDock"_s);
    QDockWidget *versionDock = addDock(m_versions, tr("Versions and history"), u"versionsDock"_s);
    // With the checklist on the right: the review state first, the comments and versions as tabs.
    if (auto *checklist = window->findChild<QDockWidget *>(u"checklistDock"_s)) {
        window->tabifyDockWidget(checklist, commentDock);
        window->tabifyDockWidget(commentDock, versionDock);
        window->splitDockWidget(checklist, panelDock, Qt::Vertical);
        checklist->raise();
    }

    m_margin = new CommentMargin(window->sectionEditor()->bodyEdit(), window);
    window->sectionEditor()->addBodySideWidget(m_margin);
    connect(m_margin, &CommentMargin::commentClicked, this, [this](qint64 id) {
        m_comments->select(id);
        jumpToComment(id);
    });

    m_addComment = new QAction(tr("Add &comment…"), this);
    m_addComment->setObjectName(u"addComment"_s);
    m_addComment->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_M));
    m_addComment->setToolTip(tr("Comment on the selected words"));
    connect(m_addComment, &QAction::triggered, this, [this] { addCommentOnSelection(); });
    m_choose = new QAction(tr("&Who is working…"), this);
    m_choose->setObjectName(u"choosePerson"_s);
    connect(m_choose, &QAction::triggered, this, &ReviewController::choosePerson);
    window->addAction(m_addComment);

    auto *menu = new QMenu(tr("&Review"), window);
    menu->addAction(m_choose);
    menu->addSeparator();
    menu->addAction(m_addComment);
    QAction *saveVersion = menu->addAction(tr("Save a named &version…"));
    connect(saveVersion, &QAction::triggered, m_versions, [this] { m_versions->saveVersion(); });
    menu->addSeparator();
    for (QDockWidget *d : std::as_const(m_docks))
        menu->addAction(d->toggleViewAction());
    // Before Help, the last menu.
    const QList<QAction *> menus = window->menuBar()->actions();
    window->menuBar()->insertMenu(menus.isEmpty() ? nullptr : menus.last(), menu);

    BodyEdit *body = window->sectionEditor()->bodyEdit();
    body->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(body, &QWidget::customContextMenuRequested, this, &ReviewController::showBodyMenu);
    connect(window->preview(), &PreviewPanel::commentRequested, this,
            [this](qint64 sectionId, int start, int length) { addCommentOn(sectionId, start, length); });

    m_personLabel = new QLabel(window);
    m_personLabel->setObjectName(u"personLabel"_s);
    window->statusBar()->addPermanentWidget(m_personLabel);
    updatePersonLabel();
    m_panel->refresh();
}

ReviewController::~ReviewController() = default;

Database &ReviewController::database() const { return m_window->database(); }

ReportSession *ReviewController::session() const { return m_session; }

QDockWidget *ReviewController::addDock(QWidget *widget, const QString &title, const QString &name)
{
    auto *dock = new QDockWidget(title, m_window);
    dock->setObjectName(name);
    dock->setWidget(widget);
    m_window->addDockWidget(Qt::RightDockWidgetArea, dock);
    m_docks << dock;
    return dock;
}

QList<QAction *> ReviewController::dockToggles() const
{
    QList<QAction *> toggles;
    for (QDockWidget *d : m_docks)
        toggles << d->toggleViewAction();
    return toggles;
}

void ReviewController::updatePersonLabel()
{
    if (!m_person) {
        m_personLabel->setText(tr("Nobody chosen"));
        m_personLabel->setToolTip(tr("Choose who is working under Review › Who is working…"));
        return;
    }
    QStringList roles;
    for (const RoleGrant &g : m_person->roles)
        if (!roles.contains(roleLabel(g.role)))
            roles << roleLabel(g.role);
    m_personLabel->setText(tr("Working: %1 (%2)").arg(m_person->name, roles.join(u"、"_s)));
    m_personLabel->setToolTip(tr("Change under Review › Who is working…"));
}

void ReviewController::setPerson(const std::optional<Person> &person)
{
    m_person = person;
    if (!database().isReadOnly()) {
        try {
            SettingsRepository(database()).setValue(kPersonKey, person ? person->name : QString());
        } catch (const Failure &f) {
            qCWarning(lcReview) << "remembering the person failed:" << f.message() << f.detail();
        }
    }
    updatePersonLabel();
    emit personChanged();
    reopen();
}

void ReviewController::chooseAtStart(bool ask)
{
    for (const QString &name : {qEnvironmentVariable("FAZHI_USER").trimmed(), SettingsRepository(database()).value(kPersonKey)}) {
        if (name.isEmpty())
            continue;
        if (const auto p = PersonRepository(database()).findByName(name)) {
            setPerson(p);
            return;
        }
    }
    if (ask && !PersonRepository(database()).all().isEmpty())
        choosePerson();
}

void ReviewController::choosePerson()
{
    PersonDialog dialog(database(), m_person, m_window);
    if (DialogRunner::exec(&dialog) != QDialog::Accepted)
        return;
    if (const auto p = dialog.chosen())
        setPerson(p);
}

bool ReviewController::mayEdit(qint64 reportId) const { return lockReason(reportId).isEmpty(); }

QString ReviewController::lockReason(qint64 reportId) const
{
    const auto report = ReportRepository(database()).find(reportId);
    if (!report)
        return {};
    if (locked(report->status))
        return tr("This report is %1: its content cannot be changed until it is returned or reopened.")
            .arg(reportStatusLabel(report->status));
    if (m_person && !ReviewWorkflow(database(), *m_person).hasRole(Role::Drafter, report->unitId, false))
        return tr("%1 is not a drafter of this report's unit: read and comment only.").arg(m_person->name);
    return {};
}

void ReviewController::setSession(ReportSession *session)
{
    m_session = session;
    delete m_tracker;
    m_tracker = nullptr;
    if (session) {
        // Whoever changes the text is an editor of this round, and so may not approve it.
        if (m_person && !session->isReadOnly())
            session->setEditor(m_person->id);
        m_tracker = new CommentTracker(session, this);
        connect(m_tracker, &CommentTracker::changed, this, &ReviewController::updateMargin);
        connect(m_tracker, &CommentTracker::changed, m_comments, &CommentsDock::refresh);
    }
    m_margin->setTracker(m_tracker);
    m_panel->refresh();
    m_comments->refresh();
    m_versions->refresh();
    updateMargin();
}

void ReviewController::updateMargin()
{
    m_margin->refresh();
    // The same open threads on the preview's pages.
    QList<PreviewPanel::CommentSpan> spans;
    if (m_tracker)
        for (const Comment &c : m_tracker->comments())
            if (c.parentId == 0 && c.status == Comment::Status::Open && c.sectionId > 0 && c.start >= 0)
                spans.append({c.sectionId, c.start, int(c.quote.size())});
    m_window->preview()->setCommentSpans(spans);
}

void ReviewController::reopen()
{
    if (!m_session)
        return;
    const qint64 id = m_session->reportId();
    m_window->openReport(id);
    m_window->reloadUnits();
}

qint64 ReviewController::addCommentOnSelection()
{
    SectionEditor *editor = m_window->sectionEditor();
    const QTextCursor cursor = editor->bodyEdit()->textCursor();
    if (!m_session || editor->sectionId() <= 0 || !cursor.hasSelection()) {
        MessageBox::information(m_window, tr("Add comment"), tr("Select the words to comment on in the section text first."));
        return 0;
    }
    const QString quote = cursor.selectedText().replace(QChar::ParagraphSeparator, u'\n');
    return addComment(editor->sectionId(), cursor.selectionStart(), quote);
}

qint64 ReviewController::addCommentOn(qint64 sectionId, int start, int length)
{
    if (!m_session)
        return 0;
    m_session->flush();
    for (const Section &s : m_session->document().sections)
        if (s.id == sectionId && start >= 0 && start + length <= s.body.size())
            return addComment(sectionId, start, s.body.mid(start, length));
    return 0;
}

qint64 ReviewController::addComment(qint64 sectionId, int start, const QString &quote)
{
    if (!m_person) {
        MessageBox::information(m_window, tr("Add comment"), tr("Choose who is working first (Review › Who is working…)."));
        return 0;
    }
    QString text;
    if (!InputDialog::getText(m_window, tr("Add comment"), tr("Comment on “%1”:").arg(quote.left(40)), &text)
        || text.trimmed().isEmpty())
        return 0;
    qint64 id = 0;
    try {
        // The words must be in the database to be anchored there.
        m_session->flush();
        if (m_tracker)
            m_tracker->store();
        id = ReviewWorkflow(database(), *m_person).addComment(m_session->reportId(), sectionId, quote, text, start);
    } catch (const Failure &f) {
        MessageBox::warning(m_window, tr("Add comment"), f.message());
        return 0;
    }
    m_tracker->reload();
    m_comments->select(id);
    m_panel->refresh();
    m_versions->refresh();
    return id;
}

void ReviewController::jumpToComment(qint64 commentId)
{
    const Comment *c = m_tracker ? m_tracker->find(commentId) : nullptr;
    if (c && c->parentId > 0)
        c = m_tracker->find(c->parentId);
    if (!c || c->sectionId <= 0)
        return;
    m_window->jumpTo(JumpPlace::section(c->sectionId, qMax(0, c->start), c->start >= 0 ? int(c->quote.size()) : 0));
    m_margin->setCurrent(c->id);
}

void ReviewController::showBodyMenu(const QPoint &pos)
{
    BodyEdit *body = m_window->sectionEditor()->bodyEdit();
    std::unique_ptr<QMenu> menu(body->createStandardContextMenu(pos));
    menu->addSeparator();
    m_addComment->setEnabled(body->textCursor().hasSelection() && m_person.has_value());
    menu->addAction(m_addComment);
    menu->exec(body->mapToGlobal(pos));
    m_addComment->setEnabled(true);
}

} // namespace fazhi

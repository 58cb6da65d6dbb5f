// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Review.h"

#include <QObject>
#include <QPointer>

#include <optional>

class QAction;
class QDockWidget;
class QLabel;
class QMenu;

namespace fazhi {

class CommentMargin;
class CommentTracker;
class CommentsDock;
class Database;
class MainWindow;
class ReportSession;
class ReviewPanel;
class VersionsDock;

/// The reviewers' half of the workspace: who is working (chosen at start, remembered, shown in the status
/// bar), the review panel with the transitions the core allows this person now, the comments (in the
/// editor's margin and in their dock) and the versions with their diff and the report's history. It decides
/// whether the open report may be edited by this person; the main window asks it when it opens one.
class ReviewController : public QObject
{
    Q_OBJECT

public:
    explicit ReviewController(MainWindow *window);
    ~ReviewController() override;

    /// The panels' toggles, for the window's Panels menu.
    QList<QAction *> dockToggles() const;

    const std::optional<Person> &person() const { return m_person; }
    /// Makes `person` the one working (remembered in the settings); the open report is opened again so
    /// that what may be edited follows.
    void setPerson(const std::optional<Person> &person);
    /// At start: the person named by FAZHI_USER, else the one remembered, else (when people exist and
    /// `ask`) the choice in a dialog.
    void chooseAtStart(bool ask = true);
    /// The dialog that chooses (or, for an admin or on a database without people, adds) the person.
    void choosePerson();

    /// Whether the person may change the report's content now: not while it is under review or signed
    /// off, and only as a drafter of its unit (anyone, on a database where nobody is chosen).
    bool mayEdit(qint64 reportId) const;
    /// Why not, in a sentence (empty when they may).
    QString lockReason(qint64 reportId) const;

    /// Follows the window's open report.
    void setSession(ReportSession *session);
    ReportSession *session() const;
    CommentTracker *comments() const { return m_tracker; }

    /// Comments on the words selected in the section editor; asks for the text. Returns the new id or 0.
    qint64 addCommentOnSelection();
    /// Comments on `length` characters of section `sectionId`'s body from `start` (a line chosen in the
    /// preview); asks for the text. Returns the new id or 0.
    qint64 addCommentOn(qint64 sectionId, int start, int length);
    /// Opens the report again after a transition, a restore or a change of person.
    void reopen();

    ReviewPanel *panel() const { return m_panel; }
    CommentsDock *commentsDock() const { return m_comments; }
    VersionsDock *versionsDock() const { return m_versions; }
    CommentMargin *margin() const { return m_margin; }
    QAction *addCommentAction() const { return m_addComment; }
    QAction *choosePersonAction() const { return m_choose; }
    Database &database() const;
    MainWindow *window() const { return m_window; }
    /// Selects the comment's words in the editor.
    void jumpToComment(qint64 commentId);

signals:
    void personChanged();

private:
    QDockWidget *addDock(QWidget *widget, const QString &title, const QString &name);
    void updatePersonLabel();
    void updateMargin();
    void showBodyMenu(const QPoint &pos);
    qint64 addComment(qint64 sectionId, int start, const QString &quote);

    MainWindow *m_window;
    std::optional<Person> m_person;
    QPointer<ReportSession> m_session;
    CommentTracker *m_tracker = nullptr;
    ReviewPanel *m_panel = nullptr;
    CommentsDock *m_comments = nullptr;
    VersionsDock *m_versions = nullptr;
    CommentMargin *m_margin = nullptr;
    QList<QDockWidget *> m_docks;
    QLabel *m_personLabel = nullptr;
    QAction *m_addComment = nullptr;
    QAction *m_choose = nullptr;
};

} // namespace fazhi

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QCheckBox;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace fazhi {

class ReviewController;

/// The report's comments as threads with their replies: the words each is on (or that they are gone), who
/// wrote it and whether it is resolved. Reply, resolve and reopen here; a click goes to the words.
class CommentsDock : public QWidget
{
    Q_OBJECT

public:
    CommentsDock(ReviewController *review, QWidget *parent = nullptr);

    void refresh();
    void select(qint64 commentId);
    qint64 currentThread() const;
    /// Asks for the reply's text and adds it to the thread. Returns whether it was added.
    bool reply(qint64 commentId);
    bool setResolved(qint64 commentId, bool resolved);
    QTreeWidget *tree() const { return m_tree; }

private:
    void updateButtons();

    ReviewController *m_review;
    QTreeWidget *m_tree;
    QCheckBox *m_showResolved;
    QPushButton *m_add, *m_reply, *m_resolve;
};

} // namespace fazhi

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DiffView.h"

#include <QPointer>
#include <QWidget>

class QPushButton;
class QTreeWidget;

namespace fazhi {

class ReviewController;

/// The report's frozen versions (submissions, named versions, the state before a restore) and its history
/// from the audit trail. A version can be shown read-only, restored (the core keeps the current content as
/// a version first, so a restore is itself undone by restoring that), or compared with another version or
/// with the current text in a DiffView.
class VersionsDock : public QWidget
{
    Q_OBJECT

public:
    VersionsDock(ReviewController *review, QWidget *parent = nullptr);

    void refresh();
    /// Asks for a name and freezes the report under it. Returns whether a version was saved.
    bool saveVersion();
    /// Makes version `number` the report's content; `undoable`: as one step Edit › Undo takes back.
    bool restore(int number, bool undoable = true);
    /// Opens the diff from version `from` to version `to` (0: the current text) in its own window.
    DiffView *showDiff(int from, int to);
    /// Opens version `number` read-only.
    void showVersion(int number);
    /// The numbers of the selected versions, oldest first.
    QList<int> selectedVersions() const;
    void selectVersions(const QList<int> &numbers);
    QTreeWidget *versionList() const { return m_versions; }
    QTreeWidget *history() const { return m_history; }
    DiffView *lastDiff() const { return m_diff; }

private:
    void updateButtons();
    void compareSelected();

    ReviewController *m_review;
    QTreeWidget *m_versions, *m_history;
    QPushButton *m_save, *m_show, *m_restore, *m_compare;
    QPointer<DiffView> m_diff;
};

} // namespace fazhi

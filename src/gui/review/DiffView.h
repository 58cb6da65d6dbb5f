// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "review/VersionDiff.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTextBrowser;

namespace fazhi {

/// What changed between two versions of a report, inline: inserted characters green and underlined,
/// deleted ones red and struck through, grouped by section, moved sections and changed headings noted,
/// then the report's fields, metrics and problems. Long unchanged stretches are shortened. "Previous"
/// and "Next" go from change to change.
class DiffView : public QWidget
{
    Q_OBJECT

public:
    explicit DiffView(QWidget *parent = nullptr);

    void setDiff(const ReportDiff &diff, const QString &title);
    int changeCount() const { return m_changes; }
    int currentChange() const { return m_current; }
    void nextChange();
    void previousChange();
    QString html() const { return m_html; }
    QTextBrowser *browser() const { return m_browser; }

    /// The HTML of `diff` (each change an anchor "c1", "c2" …); `changes` receives their number.
    static QString toHtml(const ReportDiff &diff, int *changes);

private:
    void goTo(int change);

    QLabel *m_title, *m_position;
    QPushButton *m_previous, *m_next;
    QTextBrowser *m_browser;
    QString m_html;
    int m_changes = 0;
    int m_current = 0;
};

} // namespace fazhi

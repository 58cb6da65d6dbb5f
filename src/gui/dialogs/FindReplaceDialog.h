// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QPointer>
#include <QTimer>

#include <memory>

namespace Ui {
class FindReplaceDialog;
}

namespace fazhi {

class ReportSession;

/// A place where the searched text occurs.
struct FindMatch
{
    qint64 sectionId = 0;
    bool inHeading = false;
    int position = 0;
    int length = 0;
};

/// Find and replace across the whole report (every heading and body); replacing all is one undo step.
/// While the dialog is open, edits made elsewhere refresh the places found shortly after they are made.
class FindReplaceDialog : public QDialog
{
    Q_OBJECT

public:
    explicit FindReplaceDialog(QWidget *parent = nullptr);
    ~FindReplaceDialog() override;

    void setSession(ReportSession *session);
    void setFindText(const QString &text);
    void setReplaceText(const QString &text);
    static QList<FindMatch> findAll(const ReportSession &session, const QString &needle, Qt::CaseSensitivity cs);
    /// The places found, brought up to date with the report first.
    const QList<FindMatch> &matches();
    void findNext();
    void replaceCurrent();
    /// Returns how many places were replaced.
    int replaceAll();

signals:
    void showMatch(qint64 sectionId, bool inHeading, int position, int length);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void refresh();
    void ensureCurrent();
    Qt::CaseSensitivity caseSensitivity() const;

    std::unique_ptr<Ui::FindReplaceDialog> ui;
    QPointer<ReportSession> m_session;
    QList<FindMatch> m_matches; ///< what the results list shows
    QTimer m_refreshTimer;      ///< refreshes shortly after the report changed while the dialog is open
    bool m_stale = false;       ///< the report changed since m_matches was found
    int m_current = -1;
};

} // namespace fazhi

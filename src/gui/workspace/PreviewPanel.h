// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "JumpPlace.h"
#include "LatestJob.h"
#include "OfficialPaginator.h"
#include "text/ReportLayout.h"

#include <QPointer>
#include <QTimer>
#include <QWidget>

class QLabel;
class QScrollArea;

namespace fazhi {

class PageView;
class ReportSession;

/// The report as it will print, page by page, kept up to date as the clerk types (laid out off the GUI
/// thread) and following the editor's cursor. Exports start from here.
class PreviewPanel : public QWidget
{
    Q_OBJECT

public:
    explicit PreviewPanel(QWidget *parent = nullptr);

    void setSession(ReportSession *session);
    /// Marks and scrolls to the line that shows `position` of section `sectionId`.
    void followCursor(qint64 sectionId, int position);
    const ReportLayout &layout() const { return m_layout; }
    int pageCount() const;
    PageView *pageView() const { return m_pages; }
    /// Words reviewers commented on, as section body ranges: marked on the pages at every layout.
    struct CommentSpan
    {
        qint64 sectionId = 0;
        int start = 0;
        int length = 0;
    };
    void setCommentSpans(QList<CommentSpan> spans);
    /// Lays the report out now, on this thread (tests, screenshots).
    void refreshNow();
    bool isCurrent() const;

signals:
    void exportRequested(const QString &format);
    void jumpRequested(const JumpPlace &place);
    void laidOut();
    /// "Comment on this line" on a line of one section's body: the body range the line prints.
    void commentRequested(qint64 sectionId, int start, int length);

private:
    void schedule();
    void start();
    void apply(quint64 revision, ReportLayout layout, QList<OfficialPage> pages);
    void applyMarks();
    void requestComment(int offset, int length);

    QPointer<ReportSession> m_session;
    PageView *m_pages = nullptr;
    QScrollArea *m_scroll = nullptr;
    QLabel *m_pageLabel = nullptr;
    QLabel *m_zoomLabel = nullptr;
    LatestJob m_job{200};
    ReportLayout m_layout;
    QList<CommentSpan> m_commentSpans;
    quint64 m_revision = ~quint64(0);
    qint64 m_cursorSection = 0;
    int m_cursorPosition = 0;
};

} // namespace fazhi

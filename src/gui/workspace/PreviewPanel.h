// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

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
    /// Lays the report out now, on this thread (tests, screenshots).
    void refreshNow();
    bool isCurrent() const;

signals:
    void exportRequested(const QString &format);
    void jumpRequested(int plainOffset);
    void laidOut();

private:
    void schedule();
    void start();
    void apply(quint64 revision, ReportLayout layout, QList<OfficialPage> pages);

    QPointer<ReportSession> m_session;
    PageView *m_pages = nullptr;
    QScrollArea *m_scroll = nullptr;
    QLabel *m_pageLabel = nullptr;
    QTimer m_debounce;
    ReportLayout m_layout;
    quint64 m_revision = ~quint64(0);
    bool m_running = false;
    qint64 m_cursorSection = 0;
    int m_cursorPosition = 0;
};

} // namespace fazhi

// SPDX-License-Identifier: GPL-3.0-or-later
#include "PreviewPanel.h"

#include "Background.h"
#include "ExportFormats.h"
#include "Exporter.h"
#include "LayoutMapping.h"
#include "PageView.h"
#include "ReportSession.h"

#include <QCoreApplication>
#include <QLabel>
#include <QScrollArea>
#include <QScrollBar>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace fazhi {

namespace {
struct Laid
{
    quint64 revision = 0;
    ReportLayout layout;
    QList<OfficialPage> pages;
};

/// The report's pages as the PDF prints them. The paginator and its fonts live on the calling thread; the
/// pages carry no fonts, so they may leave it (PageView paints them with fonts of the GUI thread).
QList<OfficialPage> paginate(const ReportLayout &layout)
{
    const OfficialFonts fonts;
    return OfficialPaginator(fonts).paginate(layout);
}
} // namespace

PreviewPanel::PreviewPanel(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    auto *bar = new QToolBar(this);
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto *title = new QLabel(tr("Preview (official layout)"), bar);
    title->setContentsMargins(6, 0, 12, 0);
    bar->addWidget(title);
    // A button for each format of ExportFormats that has a short label (the ones a clerk hands on), named
    // the way a clerk knows it. File › Export offers every format.
    for (const ExportFormat &f : ExportFormats::all()) {
        if (!f.shortLabel)
            continue;
        const QString format = f.key;
        const QString label = QCoreApplication::translate("fazhi::ExportFormats", f.shortLabel);
        QAction *a = bar->addAction(label);
        a->setToolTip(tr("Export this report as %1").arg(label));
        a->setObjectName(QStringLiteral("preview-export-") + format);
        connect(a, &QAction::triggered, this, [this, format] { emit exportRequested(format); });
    }
    layout->addWidget(bar);

    m_scroll = new QScrollArea(this);
    m_scroll->setWidgetResizable(true);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    m_pages = new PageView(m_scroll);
    m_scroll->setWidget(m_pages);
    m_scroll->setAccessibleName(tr("Preview pages"));
    layout->addWidget(m_scroll, 1);
    connect(m_pages, &PageView::lineClicked, this,
            [this](int offset) { emit jumpRequested(JumpPlace::inLayout(m_layout, offset)); });
    connect(m_pages, &PageView::commentRequested, this, &PreviewPanel::requestComment);

    // Zoom, under the pages: Ctrl+wheel on the pages, or these buttons.
    auto *zoomBar = new QToolBar(this);
    zoomBar->setObjectName(QStringLiteral("previewZoomBar"));
    zoomBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    QAction *out = zoomBar->addAction(QStringLiteral("−"));
    out->setObjectName(QStringLiteral("preview-zoom-out"));
    out->setToolTip(tr("Smaller (Ctrl+wheel down)"));
    m_zoomLabel = new QLabel(zoomBar);
    m_zoomLabel->setObjectName(QStringLiteral("previewZoomLabel"));
    m_zoomLabel->setMinimumWidth(m_zoomLabel->fontMetrics().horizontalAdvance(QStringLiteral("0000%")));
    m_zoomLabel->setAlignment(Qt::AlignCenter);
    zoomBar->addWidget(m_zoomLabel);
    QAction *in = zoomBar->addAction(QStringLiteral("+"));
    in->setObjectName(QStringLiteral("preview-zoom-in"));
    in->setToolTip(tr("Larger (Ctrl+wheel up)"));
    QAction *fit = zoomBar->addAction(tr("Fit width"));
    fit->setObjectName(QStringLiteral("preview-zoom-fit"));
    fit->setToolTip(tr("Show the page as wide as the preview"));
    QAction *real = zoomBar->addAction(tr("100%"));
    real->setObjectName(QStringLiteral("preview-zoom-100"));
    real->setToolTip(tr("Show the page at its real size"));
    connect(out, &QAction::triggered, m_pages, [this] { m_pages->zoomBy(-1); });
    connect(in, &QAction::triggered, m_pages, [this] { m_pages->zoomBy(1); });
    connect(fit, &QAction::triggered, m_pages, [this] { m_pages->setZoom(0); });
    connect(real, &QAction::triggered, m_pages, [this] { m_pages->setZoom(1.0); });
    connect(m_pages, &PageView::zoomChanged, this, [this] {
        m_zoomLabel->setText(tr("%1%").arg(m_pages->zoomPercent()));
        if (m_cursorSection)
            followCursor(m_cursorSection, m_cursorPosition);
    });
    m_zoomLabel->setText(tr("%1%").arg(m_pages->zoomPercent()));
    auto *spacer = new QWidget(zoomBar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    zoomBar->addWidget(spacer);
    m_pageLabel = new QLabel(zoomBar);
    m_pageLabel->setContentsMargins(0, 0, 6, 0);
    zoomBar->addWidget(m_pageLabel);
    layout->addWidget(zoomBar);


    m_job.setJob<Laid>(
        [this]() -> std::function<Laid()> {
            ReportDocument doc = m_session->document();
            doc.previous.reset();
            return [doc = std::move(doc), revision = m_session->revision()] {
                Laid laid;
                laid.revision = revision;
                laid.layout = ReportLayout::build(doc);
                laid.pages = paginate(laid.layout);
                return laid;
            };
        },
        [this](Laid laid) { apply(laid.revision, std::move(laid.layout), std::move(laid.pages)); });
}

void PreviewPanel::setSession(ReportSession *session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    m_job.reset();
    m_layout = {};
    m_revision = ~quint64(0);
    m_pages->setPages({OfficialPage{.number = 1}}, ReportLayout());
    if (session) {
        connect(session, &ReportSession::changed, this, &PreviewPanel::schedule);
        start();
    }
}

void PreviewPanel::schedule() { m_job.schedule(); }

bool PreviewPanel::isCurrent() const { return m_session && m_revision == m_session->revision() && !m_job.isRunning(); }

void PreviewPanel::start()
{
    if (m_session)
        m_job.start(); // one layout at a time; the newest state is taken when the running one ends
}

void PreviewPanel::refreshNow()
{
    if (!m_session)
        return;
    m_job.supersede();
    const ReportLayout layout = ReportLayout::build(m_session->document());
    apply(m_session->revision(), layout, paginate(layout));
}

void PreviewPanel::apply(quint64 revision, ReportLayout layout, QList<OfficialPage> pages)
{
    m_layout = std::move(layout);
    m_revision = revision;
    m_pages->setPages(std::move(pages), m_layout);
    applyMarks();
    m_pageLabel->setText(tr("%n page(s)", nullptr, pageCount()));
    if (m_cursorSection)
        followCursor(m_cursorSection, m_cursorPosition);
    emit laidOut();
}

void PreviewPanel::setCommentSpans(QList<CommentSpan> spans)
{
    m_commentSpans = std::move(spans);
    applyMarks();
}

void PreviewPanel::applyMarks()
{
    QList<std::pair<int, int>> marks;
    for (const CommentSpan &span : std::as_const(m_commentSpans)) {
        const int from = LayoutMapping::toPlain(m_layout, span.sectionId, span.start);
        const int to = LayoutMapping::toPlain(m_layout, span.sectionId, span.start + span.length);
        if (from >= 0 && to > from)
            marks.append({from, to - from});
    }
    m_pages->setMarks(std::move(marks));
}

void PreviewPanel::requestComment(int offset, int length)
{
    // The body characters of the line, in the section they were typed in: a run-in heading's number and
    // words at its start are the layout's or the heading's, not the body's, and are left out.
    int first = offset;
    SourcePlace from;
    for (; first < offset + length; ++first) {
        from = LayoutMapping::toSource(m_layout, first);
        if (from.sectionId > 0 && from.position >= 0)
            break;
    }
    if (first >= offset + length)
        return;
    SourcePlace to;
    for (int last = offset + length - 1; last >= first; --last) {
        to = LayoutMapping::toSource(m_layout, last);
        if (to.sectionId == from.sectionId && to.position >= from.position)
            break;
    }
    if (to.sectionId != from.sectionId || to.position < from.position)
        return;
    emit commentRequested(from.sectionId, from.position, to.position + 1 - from.position);
}

int PreviewPanel::pageCount() const { return int(m_pages->pages().size()); }

void PreviewPanel::followCursor(qint64 sectionId, int position)
{
    m_cursorSection = sectionId;
    m_cursorPosition = position;
    const int offset = LayoutMapping::toPlain(m_layout, sectionId, position);
    if (offset < 0)
        return;
    const QRect r = m_pages->highlightOffset(offset);
    if (r.isValid())
        m_scroll->ensureVisible(r.center().x(), r.center().y(), 0, m_scroll->viewport()->height() / 3);
}

} // namespace fazhi

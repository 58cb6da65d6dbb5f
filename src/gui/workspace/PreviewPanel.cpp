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
    auto *spacer = new QWidget(bar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    bar->addWidget(spacer);
    m_pageLabel = new QLabel(bar);
    m_pageLabel->setContentsMargins(0, 0, 6, 0);
    bar->addWidget(m_pageLabel);
    layout->addWidget(bar);

    m_scroll = new QScrollArea(this);
    m_scroll->setWidgetResizable(true);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_pages = new PageView(m_scroll);
    m_scroll->setWidget(m_pages);
    m_scroll->setAccessibleName(tr("Preview pages"));
    layout->addWidget(m_scroll, 1);
    connect(m_pages, &PageView::lineClicked, this, &PreviewPanel::jumpRequested);

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(200);
    connect(&m_debounce, &QTimer::timeout, this, &PreviewPanel::start);
}

void PreviewPanel::setSession(ReportSession *session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    m_layout = {};
    m_revision = ~quint64(0);
    m_pages->setPages({OfficialPage{.number = 1}}, ReportLayout());
    if (session) {
        connect(session, &ReportSession::changed, this, &PreviewPanel::schedule);
        start();
    }
}

void PreviewPanel::schedule() { m_debounce.start(); }

bool PreviewPanel::isCurrent() const { return m_session && m_revision == m_session->revision() && !m_running; }

void PreviewPanel::start()
{
    if (!m_session)
        return;
    if (m_running) { // one layout at a time; the newest state is taken when this one ends
        m_debounce.start();
        return;
    }
    m_running = true;
    const quint64 revision = m_session->revision();
    ReportDocument doc = m_session->document();
    doc.previous.reset();
    runInBackground<Laid>(
        this,
        [doc = std::move(doc), revision] {
            Laid laid;
            laid.revision = revision;
            laid.layout = ReportLayout::build(doc);
            laid.pages = paginate(laid.layout);
            return laid;
        },
        [this](Laid laid) {
            m_running = false;
            apply(laid.revision, std::move(laid.layout), std::move(laid.pages));
        });
}

void PreviewPanel::refreshNow()
{
    if (!m_session)
        return;
    m_debounce.stop();
    const ReportLayout layout = ReportLayout::build(m_session->document());
    apply(m_session->revision(), layout, paginate(layout));
}

void PreviewPanel::apply(quint64 revision, ReportLayout layout, QList<OfficialPage> pages)
{
    m_layout = std::move(layout);
    m_revision = revision;
    m_pages->setPages(std::move(pages), m_layout);
    m_pageLabel->setText(tr("%n page(s)", nullptr, pageCount()));
    if (m_cursorSection)
        followCursor(m_cursorSection, m_cursorPosition);
    emit laidOut();
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

// SPDX-License-Identifier: GPL-3.0-or-later
#include "SearchPage.h"

#include "SearchHitDelegate.h"
#include "storage/SearchRepository.h"
#include "storage/SectionRepository.h"
#include "util/Failure.h"

#include <QElapsedTimer>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace fazhi {

namespace {
enum Column { UnitColumn, YearColumn, KindColumn, ExcerptColumn };
enum { ReportRole = Qt::UserRole + 1, PlaceRole, RefRole, PositionRole, LengthRole };

QString kindLabel(SearchHit::Kind kind)
{
    switch (kind) {
    case SearchHit::Kind::Section:
        return SearchPage::tr("Text");
    case SearchHit::Kind::Problem:
        return SearchPage::tr("Problem");
    case SearchHit::Kind::Comment:
        return SearchPage::tr("Comment");
    }
    return {};
}
} // namespace

SearchPage::SearchPage(Database &db, QWidget *parent)
    : QWidget(parent), m_db(db), m_query(new QLineEdit(this)), m_year(new QSpinBox(this)), m_results(new QTreeWidget(this)),
      m_count(new QLabel(this))
{
    m_query->setObjectName(u"searchEdit"_s);
    m_query->setPlaceholderText(tr("Words to find in every report: one character is enough"));
    m_query->setClearButtonEnabled(true);
    m_year->setObjectName(u"searchYearSpin"_s);
    m_year->setRange(0, 2100);
    m_year->setSpecialValueText(tr("All years"));
    m_year->setValue(0);
    auto *go = new QPushButton(tr("Search"), this);
    m_results->setObjectName(u"searchResults"_s);
    m_results->setHeaderLabels({tr("Unit"), tr("Year"), tr("Where"), tr("Excerpt")});
    m_results->setRootIsDecorated(false);
    m_results->setUniformRowHeights(true);
    m_results->setItemDelegateForColumn(ExcerptColumn, new SearchHitDelegate(m_results));
    m_results->header()->setStretchLastSection(true);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_query, 1);
    bar->addWidget(new QLabel(tr("Year"), this));
    bar->addWidget(m_year);
    bar->addWidget(go);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_results, 1);
    layout->addWidget(m_count);

    connect(m_query, &QLineEdit::returnPressed, this, [this] { search(m_query->text()); });
    connect(go, &QPushButton::clicked, this, [this] { search(m_query->text()); });
    connect(m_results, &QTreeWidget::itemDoubleClicked, this, [this](QTreeWidgetItem *item) {
        OverviewTarget t;
        t.reportId = item->data(0, ReportRole).toLongLong();
        t.place = OverviewTarget::Place(item->data(0, PlaceRole).toInt());
        t.refId = item->data(0, RefRole).toLongLong();
        t.position = item->data(0, PositionRole).toInt();
        t.length = item->data(0, LengthRole).toInt();
        emit openTarget(t);
    });
}

OverviewTarget SearchPage::targetFor(const SearchHit &hit) const
{
    OverviewTarget t;
    t.reportId = hit.reportId;
    t.refId = hit.refId;
    t.length = hit.hitLength;
    switch (hit.kind) {
    case SearchHit::Kind::Section: {
        t.place = OverviewTarget::Place::Section;
        // The indexed text is the heading, a line feed, then the body.
        const auto section = SectionRepository(m_db).find(hit.refId);
        const int headingLength = section ? int(section->heading.size()) : 0;
        t.position = hit.offset <= headingLength ? -1 : hit.offset - headingLength - 1;
        break;
    }
    case SearchHit::Kind::Problem:
        t.place = OverviewTarget::Place::Problem;
        break;
    case SearchHit::Kind::Comment:
        t.place = OverviewTarget::Place::Report;
        break;
    }
    return t;
}

void SearchPage::search(const QString &query)
{
    if (m_query->text() != query)
        m_query->setText(query);
    m_results->clear();
    if (query.trimmed().isEmpty()) {
        m_count->clear();
        return;
    }
    QElapsedTimer timer;
    timer.start();
    QList<SearchHit> hits;
    try {
        hits = SearchRepository(m_db).search(query, 0, m_year->value(), 500);
    } catch (const Failure &f) {
        m_count->setText(f.message());
        return;
    }
    const qint64 ms = timer.elapsed();
    for (const SearchHit &h : hits) {
        auto *item = new QTreeWidgetItem(m_results);
        item->setText(UnitColumn, h.unit);
        item->setText(YearColumn, QString::number(h.year));
        item->setText(KindColumn, kindLabel(h.kind));
        item->setText(ExcerptColumn, h.excerpt);
        item->setData(ExcerptColumn, SearchHitDelegate::HitStartRole, h.hitStart);
        item->setData(ExcerptColumn, SearchHitDelegate::HitLengthRole, h.hitLength);
        const OverviewTarget t = targetFor(h);
        item->setData(0, ReportRole, t.reportId);
        item->setData(0, PlaceRole, int(t.place));
        item->setData(0, RefRole, t.refId);
        item->setData(0, PositionRole, t.position);
        item->setData(0, LengthRole, t.length);
    }
    m_results->resizeColumnToContents(UnitColumn);
    m_results->resizeColumnToContents(YearColumn);
    m_results->resizeColumnToContents(KindColumn);
    m_count->setText(hits.size() >= 500 ? tr("The first %1 places (%2 ms)").arg(hits.size()).arg(ms)
                                        : tr("%1 places (%2 ms)").arg(hits.size()).arg(ms));
}

} // namespace fazhi

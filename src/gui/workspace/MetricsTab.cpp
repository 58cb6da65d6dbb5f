// SPDX-License-Identifier: GPL-3.0-or-later
#include "MetricsTab.h"

#include "Background.h"
#include "EditCommands.h"
#include "import/FigureExtractor.h"
#include "MetricChart.h"
#include "ReportSession.h"
#include "storage/MetricRepository.h"
#include "text/ReportLayout.h"
#include "ui_MetricsTab.h"

#include <QHeaderView>
#include <QSet>
#include <QPushButton>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace fazhi {

namespace {
enum Column { NameColumn, ValueColumn, PreviousColumn, ChangeColumn, NoteColumn, ColumnCount };
constexpr int kKeyRole = Qt::UserRole;
} // namespace

MetricsTab::MetricsTab(QWidget *parent) : QWidget(parent), ui(std::make_unique<Ui::MetricsTab>())
{
    ui->setupUi(this);
    ui->metricsTable->setColumnCount(ColumnCount);
    ui->metricsTable->setHorizontalHeaderLabels(
        {tr("Metric"), tr("This year"), tr("Last year"), tr("Change"), tr("Note")});
    ui->metricsTable->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    ui->metricsTable->verticalHeader()->hide();
    ui->candidatesTable->setColumnCount(3);
    ui->candidatesTable->setHorizontalHeaderLabels({tr("In the text"), tr("Metric"), QString()});
    ui->candidatesTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    ui->candidatesTable->verticalHeader()->hide();
    m_chart = new MetricChart(ui->chartBox);
    ui->chartLayout->addWidget(m_chart);
    ui->mainSplitter->setStretchFactor(0, 3);
    ui->mainSplitter->setStretchFactor(1, 2);
    connect(ui->metricsTable, &QTableWidget::cellChanged, this, &MetricsTab::cellChanged);
    connect(ui->metricsTable, &QTableWidget::currentCellChanged, this, &MetricsTab::showChart);
    connect(ui->candidatesTable, &QTableWidget::cellDoubleClicked, this, [this](int row) {
        if (row >= 0 && row < m_candidates.size())
            emit jumpRequested(m_candidates.at(row).offset, int(m_candidates.at(row).excerpt.size()));
    });
}

MetricsTab::~MetricsTab() = default;

void MetricsTab::setSession(ReportSession *session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    m_allCandidates.clear();
    m_layout = {};
    m_layoutPending = false;
    ++m_generation;
    if (session)
        connect(session, &ReportSession::metricsChanged, this, [this] {
            fill();
            fillCandidates();
        });
    fill();
    fillCandidates();
}

int MetricsTab::rowOf(const QString &key) const
{
    for (int r = 0; r < ui->metricsTable->rowCount(); ++r)
        if (ui->metricsTable->item(r, NameColumn)->data(kKeyRole).toString() == key)
            return r;
    return -1;
}

void MetricsTab::fill()
{
    m_filling = true;
    const int current = ui->metricsTable->currentRow();
    ui->metricsTable->setRowCount(0);
    if (!m_session) {
        m_filling = false;
        return;
    }
    const ReportDocument &doc = m_session->document();
    const QList<MetricDefinition> definitions = MetricCatalog::builtin().definitions();
    ui->metricsTable->setRowCount(int(definitions.size()));
    for (int row = 0; row < definitions.size(); ++row) {
        const MetricDefinition &def = definitions.at(row);
        auto *name = new QTableWidgetItem(def.name);
        name->setData(kKeyRole, def.key);
        name->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        const bool required = def.requiredFor.contains(unitKindKey(doc.unit.kind));
        if (required) {
            name->setToolTip(tr("Required for this kind of unit"));
            QFont f = name->font();
            f.setBold(true);
            name->setFont(f);
        }
        ui->metricsTable->setItem(row, NameColumn, name);
        const MetricValue *v = doc.metric(def.key);
        auto *value = new QTableWidgetItem(v ? formatMetricValue(*v, def.word) : QString());
        value->setToolTip(tr("Unit: %1").arg(def.word));
        ui->metricsTable->setItem(row, ValueColumn, value);
        const MetricValue *pv = doc.previous ? doc.previous->metric(def.key) : nullptr;
        auto *previous = new QTableWidgetItem(pv ? formatMetricValue(*pv, def.word) : QString());
        previous->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        ui->metricsTable->setItem(row, PreviousColumn, previous);
        QString change;
        if (v && pv)
            change = formatChange(pv->value, v->value).value_or(QString());
        auto *changeItem = new QTableWidgetItem(change);
        changeItem->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        ui->metricsTable->setItem(row, ChangeColumn, changeItem);
        ui->metricsTable->setItem(row, NoteColumn, new QTableWidgetItem(v ? v->note : QString()));
        if (required && !v)
            value->setBackground(QColor(255, 243, 224));
    }
    ui->metricsTable->resizeColumnToContents(ValueColumn);
    ui->metricsTable->resizeColumnToContents(PreviousColumn);
    ui->metricsTable->resizeColumnToContents(ChangeColumn);
    int select = current;
    for (int row = 0; select < 0 && row < definitions.size(); ++row)
        if (doc.metric(definitions.at(row).key))
            select = row; // start with a metric that has figures, so the chart shows something
    m_filling = false;
    if (select >= 0)
        ui->metricsTable->setCurrentCell(select, ValueColumn);
}

bool MetricsTab::setValueText(const QString &key, const QString &text)
{
    if (!m_session)
        return false;
    const MetricValue *old = m_session->document().metric(key);
    if (text.trimmed().isEmpty()) {
        if (old)
            m_session->undoStack()->push(new SetMetricCommand(m_session, key, std::nullopt));
        return true;
    }
    const auto parsed = parseMetricValue(text);
    if (!parsed)
        return false;
    MetricValue v = old ? *old : MetricValue{};
    v.key = key;
    v.value = parsed->value;
    v.approx = parsed->approx;
    m_session->undoStack()->push(new SetMetricCommand(m_session, key, v));
    return true;
}

void MetricsTab::cellChanged(int row, int column)
{
    if (m_filling || !m_session)
        return;
    const QString key = ui->metricsTable->item(row, NameColumn)->data(kKeyRole).toString();
    const QString text = ui->metricsTable->item(row, column)->text();
    if (column == ValueColumn) {
        if (!setValueText(key, text))
            fill(); // not a figure: show the recorded value again
    } else if (column == NoteColumn) {
        if (const MetricValue *old = m_session->document().metric(key); old && old->note != text) {
            MetricValue v = *old;
            v.note = text;
            m_session->undoStack()->push(new SetMetricCommand(m_session, key, v));
        }
    }
}

void MetricsTab::setLayout(const ReportLayout &layout)
{
    m_layout = layout;
    if (!isVisible()) { // looked for when the tab is shown, not while the clerk types elsewhere
        m_layoutPending = true;
        return;
    }
    findCandidates();
}

void MetricsTab::findCandidates()
{
    // Looking through 30,000 characters takes milliseconds: not on the GUI thread. The importer's figure
    // extractor is the one source of candidates; only figures that name a catalogue metric are offered.
    // Their offsets are into the preview's layout, which the jump to a candidate maps through.
    m_layoutPending = false;
    const quint64 generation = ++m_generation;
    runInBackground<QList<MetricCandidate>>(
        this,
        [layout = m_layout] {
            QList<MetricCandidate> mapped;
            for (const MetricCandidate &c : FigureExtractor::extract(layout))
                if (!c.key.isEmpty())
                    mapped.append(c);
            return mapped;
        },
        [this, generation](QList<MetricCandidate> found) {
            if (generation != m_generation) // a newer layout is being looked through
                return;
            m_allCandidates = std::move(found);
            fillCandidates();
        });
}

void MetricsTab::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_layoutPending)
        findCandidates();
    else if (m_candidatesStale)
        fillCandidates();
}

void MetricsTab::fillCandidates()
{
    m_candidates.clear();
    ui->candidatesTable->setRowCount(0);
    if (!m_session)
        return;
    const ReportDocument &doc = m_session->document();
    QSet<QString> seen; // the same figure cited twice is offered once
    for (const MetricCandidate &c : std::as_const(m_allCandidates)) {
        const MetricValue *v = doc.metric(c.key);
        if (v && qFuzzyCompare(v->value, c.value) && v->approx == c.approx)
            continue;
        const QString key = c.key + QString::number(c.value) + QString::number(int(c.approx));
        if (seen.contains(key))
            continue;
        seen.insert(key);
        m_candidates << c;
    }
    if (!isVisible()) { // the widgets are built when the tab is shown, not while the clerk types
        m_candidatesStale = true;
        return;
    }
    m_candidatesStale = false;
    ui->candidatesTable->setRowCount(int(m_candidates.size()));
    for (int row = 0; row < m_candidates.size(); ++row) {
        const MetricCandidate &c = m_candidates.at(row);
        const MetricDefinition *def = MetricCatalog::builtin().find(c.key);
        auto *excerpt = new QTableWidgetItem(c.excerpt);
        excerpt->setToolTip(tr("Double-click to see it in the text"));
        ui->candidatesTable->setItem(row, 0, excerpt);
        MetricValue v{0, c.key, c.value, c.approx, {}, {}};
        const QString metric = def ? def->name + u"："_s + formatMetricValue(v, def->word) : c.key;
        ui->candidatesTable->setItem(row, 1, new QTableWidgetItem(metric));
        auto *accept = new QPushButton(doc.metric(c.key) ? tr("Replace") : tr("Accept"), ui->candidatesTable);
        accept->setObjectName(u"acceptCandidate%1"_s.arg(row));
        accept->setToolTip(tr("Record this figure as the metric's value"));
        connect(accept, &QPushButton::clicked, this, [this, row] { acceptCandidate(row); });
        ui->candidatesTable->setCellWidget(row, 2, accept);
    }
    ui->candidatesTable->resizeColumnToContents(1);
    ui->candidatesTable->resizeColumnToContents(2);
    ui->candidatesBox->setTitle(tr("Figures found in the text (%1)").arg(m_candidates.size()));
}

void MetricsTab::acceptCandidate(int index)
{
    if (!m_session || index < 0 || index >= m_candidates.size())
        return;
    const MetricCandidate c = m_candidates.at(index);
    MetricValue v = m_session->document().metric(c.key) ? *m_session->document().metric(c.key) : MetricValue{};
    v.key = c.key;
    v.value = c.value;
    v.approx = c.approx;
    v.source = c.excerpt;
    m_session->undoStack()->push(new SetMetricCommand(m_session, c.key, v));
}

void MetricsTab::showChart()
{
    const int row = ui->metricsTable->currentRow();
    if (!m_session || row < 0)
        return;
    const QString key = ui->metricsTable->item(row, NameColumn)->data(kKeyRole).toString();
    const ReportDocument &doc = m_session->document();
    QList<std::pair<int, double>> values;
    for (const auto &[year, value] : MetricRepository(m_session->database()).history(doc.unit.id, key))
        if (year != doc.report.year)
            values.append({year, value.value});
    if (const MetricValue *v = doc.metric(key))
        values.append({doc.report.year, v->value});
    std::sort(values.begin(), values.end());
    m_chart->setSeries(ui->metricsTable->item(row, NameColumn)->text(), values);
}

} // namespace fazhi

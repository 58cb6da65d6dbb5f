// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/Importer.h"
#include "text/ReportLayout.h"

#include <QPointer>
#include <QWidget>

#include <memory>

namespace Ui {
class MetricsTab;
}

namespace fazhi {

class ReportLayout;
class ReportSession;
class MetricChart;

/// The metric catalogue for this report: value, last year's value and the change; figures found in the
/// text to accept with one click; a chart of the selected metric across the unit's years.
class MetricsTab : public QWidget
{
    Q_OBJECT

public:
    explicit MetricsTab(QWidget *parent = nullptr);
    ~MetricsTab() override;

    void setSession(ReportSession *session);
    /// Looks for figures in the freshly laid-out text.
    void setLayout(const ReportLayout &layout);
    /// Figures in the text that differ from (or are missing in) the recorded values.
    const QList<MetricCandidate> &candidates() const { return m_candidates; }
    void acceptCandidate(int index);
    /// Sets a metric from text as typed ("1500余"); empty clears it. Returns false if unreadable.
    bool setValueText(const QString &key, const QString &text);
    int rowOf(const QString &key) const;

signals:
    void jumpRequested(int plainOffset, int length);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void fill();
    void findCandidates();
    void fillCandidates();
    void cellChanged(int row, int column);
    void showChart();

    std::unique_ptr<Ui::MetricsTab> ui;
    QPointer<ReportSession> m_session;
    QList<MetricCandidate> m_allCandidates;
    QList<MetricCandidate> m_candidates;
    MetricChart *m_chart = nullptr;
    bool m_filling = false;
    bool m_candidatesStale = false;
    ReportLayout m_layout;       ///< the preview's latest layout, which candidates' offsets count in
    bool m_layoutPending = false; ///< laid out while hidden: look for candidates when shown
    quint64 m_generation = 0;     ///< of the last search; an older search's result is dropped
};

} // namespace fazhi

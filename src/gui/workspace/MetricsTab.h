// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "JumpPlace.h"
#include "LatestJob.h"
#include "import/Importer.h"
#include "text/ReportLayout.h"

#include <QHash>
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
    /// Why `text` cannot be read as a metric value (a sentence for the clerk); empty when it can.
    static QString unreadableReason(const QString &text);
    /// The message shown under the table about the last value that could not be read, empty if none.
    QString valueMessage() const;

signals:
    void jumpRequested(const JumpPlace &place);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void fill();
    void setUpSearch();
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
    QHash<QString, QString> m_unreadable; ///< metric key → text typed that is not a figure, kept on show
    ReportLayout m_candidatesLayout; ///< the layout the shown candidates were found in
    LatestJob m_job{0};              ///< the search: one at a time, an older search's result dropped
};

} // namespace fazhi

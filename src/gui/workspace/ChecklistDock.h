// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "check/CheckOptions.h"
#include "check/CheckResult.h"
#include "text/ReportLayout.h"
#include "util/Clock.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <memory>

namespace Ui {
class ChecklistDock;
}

namespace fazhi {

class Checker;
class ReportSession;

/// The checklist: findings grouped by level and part, a click goes to the place, a fix where the rule
/// has an exact one, "not applicable" with a reason. Re-checks a moment after the clerk stops typing,
/// on a worker thread, without taking the focus.
class ChecklistDock : public QWidget
{
    Q_OBJECT

public:
    explicit ChecklistDock(QWidget *parent = nullptr);
    ~ChecklistDock() override;

    void setSession(ReportSession *session);
    /// The clock the deadline rules ask for today (the system's unless set); checks again.
    void setClock(const Clock &clock);
    const CheckResult &result() const { return m_result; }
    /// Checks now, on this thread (tests, screenshots).
    void checkNow();
    bool isCurrent() const;
    /// Goes to the place of finding `index` of result().findings.
    void activateFinding(int index);
    /// Applies the exact fix of finding `index`; returns whether it could.
    bool applyFix(int index);
    /// Marks finding `index` not applicable with `reason`.
    bool waive(int index, const QString &reason);
    /// Milliseconds the last check took on its worker thread.
    qint64 lastCheckMs() const { return m_lastCheckMs; }
    static constexpr int kDelayMs = 700;

signals:
    void jumpRequested(qint64 sectionId, int position, int length, int blockKind);
    void summaryChanged(int errors, int warnings, int infos);
    void checked();

private:
    void schedule();
    void start();
    void apply(quint64 revision, CheckResult result, ReportLayout layout, qint64 ms);
    void fill();
    void currentChanged();
    int currentIndex() const;
    CheckOptions options() const;

    std::unique_ptr<Ui::ChecklistDock> ui;
    QPointer<ReportSession> m_session;
    std::shared_ptr<Checker> m_checker;
    QTimer m_debounce;
    CheckResult m_result;
    ReportLayout m_layout;
    quint64 m_revision = ~quint64(0);
    bool m_running = false;
    const Clock *m_clock = &Clock::system();
    quint64 m_generation = 0; ///< of the last check started; a worker's result of an older one is dropped
    qint64 m_lastCheckMs = 0;
};

} // namespace fazhi

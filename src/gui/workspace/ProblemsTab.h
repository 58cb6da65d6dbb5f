// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/Clock.h"

#include <QPointer>
#include <QWidget>

#include <memory>

namespace Ui {
class ProblemsTab;
}

namespace fazhi {

class ReportSession;
struct Problem;

/// Where the text mentions a problem.
struct ProblemMention
{
    qint64 sectionId = 0;
    int part = 0;        ///< 2 or 4
    int position = 0;    ///< in the section body
    int length = 0;
};

/// The problems this report admits: reason, rectification measure, owner, due date and status.
/// Carried-over problems are marked, overdue ones highlighted, and each links to where parts two
/// and four mention it.
class ProblemsTab : public QWidget
{
    Q_OBJECT

public:
    explicit ProblemsTab(QWidget *parent = nullptr);
    ~ProblemsTab() override;

    void setSession(ReportSession *session);
    /// The clock that decides which problems are overdue (the system's unless set).
    void setClock(const Clock &clock);
    static QList<ProblemMention> mentions(const ReportSession &session, const Problem &problem);
    int overdueCount() const { return m_overdue; }
    void addProblem(const QString &text);
    void removeCurrent();

signals:
    void jumpToSection(qint64 sectionId, int position, int length);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void fill();
    void textChanged();
    void cellChanged(int row, int column);
    void cellActivated(int row, int column);

    std::unique_ptr<Ui::ProblemsTab> ui;
    QPointer<ReportSession> m_session;
    const Clock *m_clock = &Clock::system();
    bool m_filling = false;
    bool m_mentionsStale = false; ///< body text changed while hidden: "Mentioned in" is refilled when shown
    int m_overdue = 0;
};

} // namespace fazhi

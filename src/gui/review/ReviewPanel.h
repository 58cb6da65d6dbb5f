// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "review/ReviewWorkflow.h"

#include <QHash>
#include <QWidget>

class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace fazhi {

class ReviewController;

/// The open report's place in the review: its status, who did what last and when, and the steps this
/// person may take now (submit, return, approve, publish, reopen). Which steps are offered is the core's
/// decision (ReviewWorkflow::refusal); a step it refuses shows its Chinese sentence.
class ReviewPanel : public QWidget
{
    Q_OBJECT

public:
    ReviewPanel(ReviewController *review, QWidget *parent = nullptr);

    void refresh();
    QPushButton *button(ReviewWorkflow::Transition transition) const { return m_buttons.value(int(transition)); }
    void setReason(const QString &text);
    void setPublication(const QDate &date, const QString &url);
    /// What the step's button does. Returns whether the step was taken.
    bool run(ReviewWorkflow::Transition transition);
    QString statusText() const;
    QString lastMessage() const { return m_lastMessage; }

private:
    ReviewController *m_review;
    QLabel *m_status, *m_detail, *m_lock, *m_message;
    QPlainTextEdit *m_reason;
    QDateEdit *m_date;
    QLineEdit *m_url;
    QHash<int, QPushButton *> m_buttons;
    QString m_lastMessage;
};

} // namespace fazhi

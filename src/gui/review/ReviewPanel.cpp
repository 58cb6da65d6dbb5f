// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReviewPanel.h"

#include "AuditText.h"
#include "Dialogs.h"
#include "MainWindow.h"
#include "ReportSession.h"
#include "ReviewController.h"
#include "CommentTracker.h"
#include "storage/AuditLog.h"
#include "storage/CommentRepository.h"
#include "storage/Database.h"
#include "storage/ReportRepository.h"
#include "storage/ReviewRepository.h"
#include "util/Failure.h"

#include <QDateEdit>
#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStatusBar>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace fazhi {

using Transition = ReviewWorkflow::Transition;

ReviewPanel::ReviewPanel(ReviewController *review, QWidget *parent) : QWidget(parent), m_review(review)
{
    setObjectName(u"reviewPanel"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    m_status = new QLabel(this);
    m_status->setObjectName(u"reviewStatus"_s);
    QFont big = m_status->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.15);
    m_status->setFont(big);
    layout->addWidget(m_status);
    m_detail = new QLabel(this);
    m_detail->setWordWrap(true);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_detail);
    m_lock = new QLabel(this);
    m_lock->setWordWrap(true);
    m_lock->setStyleSheet(u"color: #8a5a00;"_s);
    layout->addWidget(m_lock);

    m_reason = new QPlainTextEdit(this);
    m_reason->setObjectName(u"reasonEdit"_s);
    m_reason->setPlaceholderText(tr("Reason or remark (returning needs one, or an open comment)"));
    m_reason->setMaximumHeight(54);
    layout->addWidget(m_reason);

    auto *grid = new QGridLayout;
    const std::pair<Transition, QString> steps[] = {{Transition::Submit, tr("&Submit")},
                                                     {Transition::Return, tr("Re&turn")},
                                                     {Transition::Approve, tr("A&pprove")},
                                                     {Transition::Publish, tr("Pu&blish")},
                                                     {Transition::Reopen, tr("Re&open")}};
    int i = 0;
    for (const auto &[t, label] : steps) {
        auto *b = new QPushButton(label, this);
        b->setObjectName(u"transition%1"_s.arg(int(t)));
        m_buttons.insert(int(t), b);
        grid->addWidget(b, i / 3, i % 3);
        ++i;
        connect(b, &QPushButton::clicked, this, [this, t] { run(t); });
    }
    layout->addLayout(grid);

    auto *publish = new QFormLayout;
    m_date = new QDateEdit(QDate::currentDate(), this);
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(u"yyyy-MM-dd"_s);
    publish->addRow(tr("Published on:"), m_date);
    m_url = new QLineEdit(this);
    m_url->setPlaceholderText(u"https://"_s);
    publish->addRow(tr("Web address:"), m_url);
    layout->addLayout(publish);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setObjectName(u"reviewMessage"_s);
    m_message->setStyleSheet(u"color: #8a1c1c;"_s);
    layout->addWidget(m_message);
    layout->addStretch(1);
}

QString ReviewPanel::statusText() const { return m_status->text(); }

void ReviewPanel::setReason(const QString &text) { m_reason->setPlainText(text); }

void ReviewPanel::setPublication(const QDate &date, const QString &url)
{
    m_date->setDate(date);
    m_url->setText(url);
}

void ReviewPanel::refresh()
{
    ReportSession *session = m_review->session();
    setEnabled(session != nullptr);
    m_message->clear();
    if (!session) {
        m_status->setText(tr("No report open"));
        m_detail->clear();
        m_lock->clear();
        return;
    }
    Database &db = m_review->database();
    const qint64 id = session->reportId();
    const auto report = ReportRepository(db).find(id);
    if (!report)
        return;
    m_status->setText(tr("Status: %1").arg(reportStatusLabel(report->status)));
    QStringList lines;
    const QList<AuditEntry> history = AuditLog(db).forReport(id);
    static const QStringList steps = {u"submit"_s, u"return"_s, u"approve"_s, u"publish"_s, u"reopen"_s};
    for (auto it = history.crbegin(); it != history.crend(); ++it)
        if (steps.contains(it->action)) {
            lines << tr("Last step: %1 by %2 on %3")
                         .arg(AuditText::action(it->action), it->person,
                              it->at.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s));
            if (!it->detail.isEmpty())
                lines << tr("Remark: %1").arg(it->detail);
            break;
        }
    if (report->status == ReportStatus::Published)
        lines << tr("Published on %1 at %2").arg(report->publishedDate.toString(u"yyyy-MM-dd"_s), report->publishedUrl);
    const QStringList editors = ReviewRepository(db).editors(id);
    if (!editors.isEmpty())
        lines << tr("Changed in this round by: %1").arg(editors.join(u"、"_s));
    lines << tr("Open comments: %1").arg(CommentRepository(db).openCount(id));
    m_detail->setText(lines.join(u'\n'));
    m_lock->setText(m_review->lockReason(id));
    m_lock->setVisible(!m_lock->text().isEmpty());

    const auto &person = m_review->person();
    for (auto it = m_buttons.cbegin(); it != m_buttons.cend(); ++it) {
        const QString refusal = person ? ReviewWorkflow(db, *person).refusal(id, Transition(it.key()))
                                       : tr("Choose who is working first (Review › Who is working…).");
        it.value()->setEnabled(refusal.isEmpty() && !db.isReadOnly());
        it.value()->setToolTip(refusal);
    }
    const bool publishing = m_buttons.value(int(Transition::Publish))->isEnabled();
    m_date->setEnabled(publishing);
    m_url->setEnabled(publishing);
}

bool ReviewPanel::run(Transition transition)
{
    ReportSession *session = m_review->session();
    const auto &person = m_review->person();
    if (!session || !person)
        return false;
    const qint64 id = session->reportId();
    const QString reason = m_reason->toPlainText().trimmed();
    try {
        // What was typed goes with the submission, and comments stand where the stored text has them.
        session->flush();
        if (m_review->comments())
            m_review->comments()->store();
        ReviewWorkflow flow(m_review->database(), *person);
        switch (transition) {
        case Transition::Submit: flow.submit(id, reason); break;
        case Transition::Return: flow.returnReport(id, reason); break;
        case Transition::Approve: flow.approve(id, reason); break;
        case Transition::Publish: flow.publish(id, m_date->date(), m_url->text()); break;
        case Transition::Reopen: flow.reopen(id, reason); break;
        }
    } catch (const Failure &f) {
        m_lastMessage = f.message();
        m_message->setText(f.message());
        MessageBox::warning(this, tr("Review"), f.message());
        return false;
    }
    m_lastMessage.clear();
    m_reason->clear();
    m_review->reopen();
    m_review->window()->statusBar()->showMessage(statusText(), 5000);
    return true;
}

} // namespace fazhi

// SPDX-License-Identifier: GPL-3.0-or-later
#include "CommentsDock.h"

#include "CommentTracker.h"
#include "Dialogs.h"
#include "ReportSession.h"
#include "ReviewController.h"
#include "ReviewPanel.h"
#include "review/ReviewWorkflow.h"
#include "util/Failure.h"

#include <QAction>
#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace fazhi {

namespace {

constexpr int kIdRole = Qt::UserRole;

QString when(const QDateTime &at) { return at.toLocalTime().toString(u"MM-dd HH:mm"_s); }

} // namespace

CommentsDock::CommentsDock(ReviewController *review, QWidget *parent) : QWidget(parent), m_review(review)
{
    setObjectName(u"commentsPanel"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(u"commentTree"_s);
    m_tree->setColumnCount(3);
    m_tree->setHeaderLabels({tr("Comment"), tr("By"), tr("State")});
    m_tree->setWordWrap(true);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setStretchLastSection(false);
    layout->addWidget(m_tree);
    auto *buttons = new QHBoxLayout;
    m_add = new QPushButton(tr("Add…"), this);
    m_reply = new QPushButton(tr("&Reply…"), this);
    m_resolve = new QPushButton(tr("Re&solve"), this);
    m_showResolved = new QCheckBox(tr("Show resolved"), this);
    m_showResolved->setChecked(true);
    buttons->addWidget(m_add);
    buttons->addWidget(m_reply);
    buttons->addWidget(m_resolve);
    buttons->addStretch(1);
    buttons->addWidget(m_showResolved);
    layout->addLayout(buttons);

    connect(m_add, &QPushButton::clicked, this, [this] { m_review->addCommentOnSelection(); });
    connect(m_reply, &QPushButton::clicked, this, [this] { reply(currentThread()); });
    connect(m_resolve, &QPushButton::clicked, this, [this] {
        const Comment *c = m_review->comments() ? m_review->comments()->find(currentThread()) : nullptr;
        if (c)
            setResolved(c->id, c->status == Comment::Status::Open);
    });
    connect(m_showResolved, &QCheckBox::toggled, this, &CommentsDock::refresh);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, &CommentsDock::updateButtons);
    connect(m_tree, &QTreeWidget::itemClicked, this,
            [this](QTreeWidgetItem *item) { m_review->jumpToComment(item->data(0, kIdRole).toLongLong()); });
    updateButtons();
}

void CommentsDock::refresh()
{
    const qint64 keep = currentThread();
    m_tree->clear();
    CommentTracker *tracker = m_review->comments();
    if (!tracker) {
        updateButtons();
        return;
    }
    QHash<qint64, QTreeWidgetItem *> threads;
    const QColor orphanColour(0x8a, 0x1c, 0x1c);
    for (const Comment &c : tracker->comments()) {
        if (c.parentId > 0)
            continue;
        if (c.status == Comment::Status::Resolved && !m_showResolved->isChecked())
            continue;
        auto *item = new QTreeWidgetItem(m_tree);
        QString words;
        if (c.quote.isEmpty())
            words = tr("(the whole report)");
        else if (c.isOrphaned())
            words = tr("“%1” — the words are gone from the text").arg(c.quote);
        else
            words = u"“%1”"_s.arg(c.quote);
        item->setText(0, words + u'\n' + c.body);
        item->setToolTip(0, c.body);
        item->setText(1, c.author + u'\n' + when(c.createdAt));
        item->setText(2, c.status == Comment::Status::Resolved ? tr("Resolved") : (c.isOrphaned() ? tr("Orphaned") : tr("Open")));
        item->setData(0, kIdRole, c.id);
        if (c.isOrphaned()) {
            item->setForeground(0, orphanColour);
            item->setForeground(2, orphanColour);
        } else if (c.status == Comment::Status::Resolved) {
            for (int col = 0; col < 3; ++col)
                item->setForeground(col, QColor(0x80, 0x80, 0x80));
        }
        threads.insert(c.id, item);
    }
    for (const Comment &c : tracker->comments()) {
        QTreeWidgetItem *parent = threads.value(c.parentId);
        if (c.parentId <= 0 || !parent)
            continue;
        auto *item = new QTreeWidgetItem(parent);
        item->setText(0, c.body);
        item->setText(1, c.author + u'\n' + when(c.createdAt));
        item->setData(0, kIdRole, c.id);
    }
    m_tree->expandAll();
    if (keep > 0)
        select(keep);
    updateButtons();
}

void CommentsDock::select(qint64 commentId)
{
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it)
        if ((*it)->data(0, kIdRole).toLongLong() == commentId) {
            m_tree->setCurrentItem(*it);
            m_tree->scrollToItem(*it);
            return;
        }
}

qint64 CommentsDock::currentThread() const
{
    QTreeWidgetItem *item = m_tree->currentItem();
    if (!item)
        return 0;
    if (item->parent())
        item = item->parent();
    return item->data(0, kIdRole).toLongLong();
}

void CommentsDock::updateButtons()
{
    const bool person = m_review->person().has_value() && m_review->session();
    const Comment *c = m_review->comments() ? m_review->comments()->find(currentThread()) : nullptr;
    m_add->setEnabled(person);
    m_reply->setEnabled(person && c);
    m_resolve->setEnabled(person && c);
    m_resolve->setText(c && c->status == Comment::Status::Resolved ? tr("Re&open") : tr("Re&solve"));
}

bool CommentsDock::reply(qint64 commentId)
{
    const auto &person = m_review->person();
    if (!person || commentId <= 0)
        return false;
    QString text;
    if (!InputDialog::getText(this, tr("Reply"), tr("Your reply:"), &text) || text.trimmed().isEmpty())
        return false;
    try {
        ReviewWorkflow(m_review->database(), *person).reply(commentId, text);
    } catch (const Failure &f) {
        MessageBox::warning(this, tr("Reply"), f.message());
        return false;
    }
    m_review->comments()->reload();
    select(commentId);
    return true;
}

bool CommentsDock::setResolved(qint64 commentId, bool resolved)
{
    const auto &person = m_review->person();
    if (!person || commentId <= 0)
        return false;
    try {
        m_review->comments()->store();
        ReviewWorkflow(m_review->database(), *person).resolveComment(commentId, resolved);
    } catch (const Failure &f) {
        MessageBox::warning(this, tr("Comments"), f.message());
        return false;
    }
    m_review->comments()->reload();
    m_review->panel()->refresh();
    select(commentId);
    return true;
}

} // namespace fazhi

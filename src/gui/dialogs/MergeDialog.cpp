// SPDX-License-Identifier: GPL-3.0-or-later
#include "MergeDialog.h"

#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>

namespace fazhi {

MergeDialog::MergeDialog(const QString &what, const QString &mine, const QString &theirs, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Merge the two texts"));
    resize(960, 620);
    auto *layout = new QGridLayout(this);
    auto *intro = new QLabel(tr("%1 was changed at another desk while you were editing it. Your text has been kept; "
                                "the other text is kept under the report's references too. Put together below the "
                                "text to keep.").arg(what),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro, 0, 0, 1, 2);
    const auto view = [this](const QString &text) {
        auto *edit = new QPlainTextEdit(text, this);
        edit->setReadOnly(true);
        return edit;
    };
    m_mine = view(mine);
    m_theirs = view(theirs);
    layout->addWidget(new QLabel(tr("Your text"), this), 1, 0);
    layout->addWidget(new QLabel(tr("The other desk's text"), this), 1, 1);
    layout->addWidget(m_mine, 2, 0);
    layout->addWidget(m_theirs, 2, 1);
    auto *useMine = new QPushButton(tr("Start from &mine"), this);
    auto *useTheirs = new QPushButton(tr("Start from &theirs"), this);
    layout->addWidget(useMine, 3, 0, Qt::AlignLeft);
    layout->addWidget(useTheirs, 3, 1, Qt::AlignLeft);
    layout->addWidget(new QLabel(tr("The text to keep (you may edit it; one line is one paragraph):"), this), 4, 0, 1, 2);
    m_merged = new QPlainTextEdit(mine, this);
    layout->addWidget(m_merged, 5, 0, 1, 2);
    layout->setRowStretch(2, 1);
    layout->setRowStretch(5, 1);
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(tr("&Keep this text"), QDialogButtonBox::AcceptRole);
    buttons->addButton(tr("Decide &later"), QDialogButtonBox::RejectRole);
    layout->addWidget(buttons, 6, 0, 1, 2);
    connect(useMine, &QPushButton::clicked, this, [this] { m_merged->setPlainText(m_mine->toPlainText()); });
    connect(useTheirs, &QPushButton::clicked, this, [this] { m_merged->setPlainText(m_theirs->toPlainText()); });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QString MergeDialog::merged() const { return m_merged->toPlainText(); }

void MergeDialog::setMerged(const QString &text) { m_merged->setPlainText(text); }

} // namespace fazhi

// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChecklistDock.h"

#include "Background.h"
#include "CoreLabels.h"
#include "Dialogs.h"
#include "EditCommands.h"
#include "Icons.h"
#include "ReportSession.h"
#include "check/Checker.h"
#include "check/FixApplier.h"
#include "util/Failure.h"
#include "storage/SettingsRepository.h"
#include "storage/WaiverRepository.h"
#include "ui_ChecklistDock.h"

#include <QElapsedTimer>
#include <QEvent>
#include <QHeaderView>
#include <QStyledItemDelegate>
#include <QMap>
#include <QScrollBar>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace fazhi {

namespace {

constexpr int kIndexRole = Qt::UserRole;

struct Checked
{
    quint64 revision = 0;
    CheckResult result;
    ReportLayout layout;
    qint64 ms = 0;
};

/// Finding rows as tall as their text wrapped to the width left of the view (after the tree's indentation).
class WrappingDelegate : public QStyledItemDelegate
{
public:
    explicit WrappingDelegate(QTreeView *view) : QStyledItemDelegate(view), m_view(view) {}
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem o(option);
        initStyleOption(&o, index);
        int depth = m_view->rootIsDecorated() ? 1 : 0;
        for (QModelIndex p = index.parent(); p.isValid(); p = p.parent())
            ++depth;
        int width = m_view->viewport()->width() - depth * m_view->indentation() - 10;
        if (!o.icon.isNull())
            width -= o.decorationSize.width() + 4;
        const QRect text = o.fontMetrics.boundingRect(QRect(0, 0, qMax(40, width), 100000), Qt::TextWordWrap, o.text);
        const QSize base = QStyledItemDelegate::sizeHint(option, index);
        return {qMax(40, width), qMax(base.height(), text.height() + 4)};
    }

private:
    QTreeView *m_view;
};

} // namespace

ChecklistDock::ChecklistDock(QWidget *parent) : QWidget(parent), ui(std::make_unique<Ui::ChecklistDock>())
{
    ui->setupUi(this);
    ui->findingsTree->setFocusPolicy(Qt::StrongFocus);
    // Findings wrap to the width of the dock, never cut with "…": the one column follows the view's width and
    // the rows are laid out again when it changes.
    ui->findingsTree->setTextElideMode(Qt::ElideNone);
    ui->findingsTree->setItemDelegate(new WrappingDelegate(ui->findingsTree));
    ui->findingsTree->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    ui->findingsTree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    ui->findingsTree->header()->setStretchLastSection(true);
    ui->findingsTree->viewport()->installEventFilter(this);
    ui->detailLabel->setMinimumHeight(40);
    m_job.setJob<Checked>(
        [this]() -> std::function<Checked()> {
            std::shared_ptr<Checker> checker = m_checker;
            return [doc = m_session->document(), revision = m_session->revision(), checker] {
                QElapsedTimer timer;
                timer.start();
                Checked c;
                c.revision = revision;
                c.layout = ReportLayout::build(doc);
                c.result = checker->check(doc, c.layout);
                c.ms = timer.elapsed();
                return c;
            };
        },
        [this](Checked c) { apply(c.revision, std::move(c.result), std::move(c.layout), c.ms); });
    connect(ui->findingsTree, &QTreeWidget::currentItemChanged, this, &ChecklistDock::currentChanged);
    connect(ui->findingsTree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        bool ok = false;
        const int index = item->data(0, kIndexRole).toInt(&ok);
        if (ok && item->data(0, kIndexRole).isValid())
            activateFinding(index);
    });
    connect(ui->findingsTree, &QTreeWidget::itemClicked, this, [this](QTreeWidgetItem *item) {
        if (item->data(0, kIndexRole).isValid())
            activateFinding(item->data(0, kIndexRole).toInt());
    });
    connect(ui->fixButton, &QPushButton::clicked, this, [this] { applyFix(currentIndex()); });
    connect(ui->waiveButton, &QPushButton::clicked, this, [this] {
        const int index = currentIndex();
        if (index < 0)
            return;
        QString reason;
        if (InputDialog::getText(this, tr("Not applicable"),
                                 tr("Why does this not apply to this report? The reason is kept with the report."),
                                 &reason)
            && !reason.trimmed().isEmpty())
            waive(index, reason.trimmed());
    });
    connect(ui->recheckButton, &QPushButton::clicked, this, &ChecklistDock::start);
    currentChanged();
}

ChecklistDock::~ChecklistDock() = default;

bool ChecklistDock::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == ui->findingsTree->viewport() && event->type() == QEvent::Resize)
        QTimer::singleShot(0, ui->findingsTree, [tree = ui->findingsTree] { tree->doItemsLayout(); });
    return QWidget::eventFilter(watched, event);
}

CheckOptions ChecklistDock::options() const
{
    CheckOptions o = SettingsRepository(m_session->database()).checkOptions();
    o.waivers = WaiverRepository(m_session->database()).forReport(m_session->reportId());
    o.clock = m_clock;
    return o;
}

void ChecklistDock::setClock(const Clock &clock)
{
    m_clock = &clock;
    if (!m_session)
        return;
    m_checker = std::make_shared<Checker>(options()); // the running check, if any, keeps its own
    start();
}

void ChecklistDock::setSession(ReportSession *session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    m_job.reset();
    m_result = {};
    m_layout = {};
    m_revision = ~quint64(0);
    fill();
    if (!session)
        return;
    m_checker = std::make_shared<Checker>(options());
    connect(session, &ReportSession::changed, this, &ChecklistDock::schedule);
    start();
}

void ChecklistDock::schedule() { m_job.schedule(); }

bool ChecklistDock::isCurrent() const { return m_session && m_revision == m_session->revision() && !m_job.isRunning(); }

void ChecklistDock::start()
{
    if (m_session)
        m_job.start();
}

void ChecklistDock::checkNow()
{
    if (!m_session)
        return;
    // A check on the worker owns the checker (and its cache) until it returns: this one uses its own.
    if (m_job.isRunning())
        m_checker = std::make_shared<Checker>(m_checker->options());
    m_job.supersede(); // the worker's result, older than this one, is dropped
    QElapsedTimer timer;
    timer.start();
    const ReportDocument &doc = m_session->document();
    ReportLayout layout = ReportLayout::build(doc);
    CheckResult result = m_checker->check(doc, layout);
    apply(m_session->revision(), std::move(result), std::move(layout), timer.elapsed());
}

void ChecklistDock::apply(quint64 revision, CheckResult result, ReportLayout layout, qint64 ms)
{
    m_revision = revision;
    // While the clerk types, the findings are mostly the same ones at shifted offsets: keep the list as
    // it is then (rebuilding it costs more than a frame on a long report).
    const auto signature = [](const CheckResult &r) {
        QStringList keys;
        for (const Finding &f : r.findings)
            keys << f.rule + f.message + f.excerpt;
        return keys;
    };
    const bool same = signature(result) == signature(m_result) && result.passed.size() == m_result.passed.size();
    m_result = std::move(result);
    m_layout = std::move(layout);
    m_lastCheckMs = ms;
    if (!same)
        fill();
    emit summaryChanged(m_result.count(FindingLevel::Error), m_result.count(FindingLevel::Warning),
                        m_result.count(FindingLevel::Info));
    emit checked();
}

void ChecklistDock::fill()
{
    // Keep the clerk's place in the list: the selected finding (by rule and excerpt) and scroll position.
    QString selectedKey;
    if (const int i = currentIndex(); i >= 0 && i < m_result.findings.size())
        selectedKey = m_result.findings.at(i).rule + m_result.findings.at(i).excerpt;
    QTreeWidget *tree = ui->findingsTree;
    const int scroll = tree->verticalScrollBar()->value();
    tree->setUpdatesEnabled(false);
    const QSignalBlocker block(tree);
    tree->clear();
    QTreeWidgetItem *select = nullptr;
    for (FindingLevel level : {FindingLevel::Error, FindingLevel::Warning, FindingLevel::Info}) {
        const int count = m_result.count(level);
        if (count == 0)
            continue;
        auto *levelItem = new QTreeWidgetItem(tree, {tr("%1 (%2)").arg(CoreLabels::findingLevel(level)).arg(count)});
        levelItem->setIcon(0, Icons::level(int(level)));
        QFont bold = levelItem->font(0);
        bold.setBold(true);
        levelItem->setFont(0, bold);
        QMap<int, QTreeWidgetItem *> parts;
        for (int i = 0; i < m_result.findings.size(); ++i) {
            const Finding &f = m_result.findings.at(i);
            if (f.level != level)
                continue;
            QTreeWidgetItem *&partItem = parts[f.part];
            if (!partItem)
                partItem = new QTreeWidgetItem(levelItem, {CoreLabels::part(f.part)});
            QString text = f.message;
            if (!f.excerpt.isEmpty())
                text += u"　“"_s + f.excerpt + u"”"_s;
            auto *item = new QTreeWidgetItem(partItem, {text});
            item->setData(0, kIndexRole, i);
            item->setToolTip(0, f.suggestion.isEmpty() ? f.message : f.message + u"\n"_s + f.suggestion);
            if (f.fix)
                item->setIcon(0, Icons::fixable());
            if (f.rule + f.excerpt == selectedKey)
                select = item;
        }
    }
    tree->expandAll();
    if (select)
        tree->setCurrentItem(select);
    tree->setUpdatesEnabled(true);
    tree->verticalScrollBar()->setValue(scroll);
    if (!m_session)
        ui->summaryLabel->setText(tr("Open a report to check it."));
    else
        ui->summaryLabel->setText(tr("%1 error(s), %2 warning(s), %3 note(s); %4 rule(s) passed; score %5")
                                      .arg(m_result.count(FindingLevel::Error))
                                      .arg(m_result.count(FindingLevel::Warning))
                                      .arg(m_result.count(FindingLevel::Info))
                                      .arg(m_result.passed.size())
                                      .arg(m_result.score()));
    currentChanged();
}

int ChecklistDock::currentIndex() const
{
    QTreeWidgetItem *item = ui->findingsTree->currentItem();
    return item && item->data(0, kIndexRole).isValid() ? item->data(0, kIndexRole).toInt() : -1;
}

void ChecklistDock::currentChanged()
{
    const int i = currentIndex();
    const bool valid = i >= 0 && i < m_result.findings.size();
    ui->fixButton->setEnabled(valid && m_result.findings.at(i).fix.has_value());
    ui->waiveButton->setEnabled(valid);
    ui->detailLabel->setText(valid ? m_result.findings.at(i).suggestion : QString());
}

void ChecklistDock::activateFinding(int index)
{
    if (index < 0 || index >= m_result.findings.size())
        return;
    const Finding &f = m_result.findings.at(index);
    if (!f.hasPlace()) {
        // No single place: go to the part it concerns, if any.
        if (f.sectionId)
            emit jumpRequested(JumpPlace::section(f.sectionId, 0));
        return;
    }
    emit jumpRequested(JumpPlace::inLayout(m_layout, f.offset, f.length));
}

bool ChecklistDock::applyFix(int index)
{
    if (!m_session || index < 0 || index >= m_result.findings.size())
        return false;
    // The core makes the edit: the exact characters the finding names, in the field they come from; it
    // refuses when the text changed since the check. Here it becomes one undoable step.
    const ReportDocument &doc = m_session->document();
    const std::optional<FixEdit> edit = FixApplier::edit(doc, m_layout, m_result.findings.at(index));
    ReportDocument fixed = doc;
    if (!edit || !FixApplier::apply(fixed, *edit))
        return false;
    const qint64 id = edit->place.sectionId;
    switch (edit->place.field) {
    case SourceField::Body:
        m_session->undoStack()->push(new EditBodyCommand(m_session, id, m_session->section(id)->body,
                                                         FixApplier::fieldText(fixed, edit->place).value_or(QString()),
                                                         tr("Fix")));
        break;
    case SourceField::Heading:
        m_session->undoStack()->push(new EditHeadingCommand(m_session, id, *FixApplier::fieldText(fixed, edit->place),
                                                            m_session->section(id)->runIn));
        break;
    case SourceField::Number:
    case SourceField::None:
        return false; // numbers as written are not kept once a report is stored
    default:
        m_session->undoStack()->push(new EditReportCommand(m_session, fixed.report, tr("Fix")));
        break;
    }
    start();
    return true;
}

bool ChecklistDock::waive(int index, const QString &reason)
{
    if (!m_session || index < 0 || index >= m_result.findings.size())
        return false;
    const Finding &f = m_result.findings.at(index);
    try {
        WaiverRepository(m_session->database()).waive(m_session->reportId(), f.rule, f.anchor(), reason);
    } catch (const Failure &e) {
        MessageBox::warning(this, tr("Not applicable"), e.message());
        return false;
    }
    m_checker = std::make_shared<Checker>(options()); // new options drop the cached findings anyway
    checkNow();
    return true;
}

} // namespace fazhi

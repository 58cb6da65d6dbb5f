// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChecklistDock.h"

#include "Background.h"
#include "Dialogs.h"
#include "EditCommands.h"
#include "Icons.h"
#include "LayoutMapping.h"
#include "ReportSession.h"
#include "check/Checker.h"
#include "util/Failure.h"
#include "storage/SettingsRepository.h"
#include "storage/WaiverRepository.h"
#include "ui_ChecklistDock.h"

#include <QElapsedTimer>
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
    quint64 generation = 0;
    CheckResult result;
    ReportLayout layout;
    qint64 ms = 0;
};

QString partLabel(int part)
{
    switch (part) {
    case 1: return ChecklistDock::tr("Part 1: measures and results");
    case 2: return ChecklistDock::tr("Part 2: shortcomings and reasons");
    case 3: return ChecklistDock::tr("Part 3: leaders' duty");
    case 4: return ChecklistDock::tr("Part 4: next year's plans");
    case 5: return ChecklistDock::tr("Part 5: other matters");
    case 0: return ChecklistDock::tr("Extra parts");
    }
    return ChecklistDock::tr("Whole report");
}

} // namespace

ChecklistDock::ChecklistDock(QWidget *parent) : QWidget(parent), ui(std::make_unique<Ui::ChecklistDock>())
{
    ui->setupUi(this);
    ui->findingsTree->setFocusPolicy(Qt::StrongFocus);
    ui->detailLabel->setMinimumHeight(40);
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(kDelayMs);
    connect(&m_debounce, &QTimer::timeout, this, &ChecklistDock::start);
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

void ChecklistDock::schedule() { m_debounce.start(); }

bool ChecklistDock::isCurrent() const { return m_session && m_revision == m_session->revision() && !m_running; }

void ChecklistDock::start()
{
    if (!m_session)
        return;
    m_debounce.stop();
    if (m_running) {
        m_debounce.start();
        return;
    }
    m_running = true;
    ReportDocument doc = m_session->document();
    const quint64 revision = m_session->revision();
    const quint64 generation = ++m_generation;
    std::shared_ptr<Checker> checker = m_checker;
    runInBackground<Checked>(
        this,
        [doc = std::move(doc), revision, generation, checker] {
            QElapsedTimer timer;
            timer.start();
            Checked c;
            c.revision = revision;
            c.generation = generation;
            c.layout = ReportLayout::build(doc);
            c.result = checker->check(doc, c.layout);
            c.ms = timer.elapsed();
            return c;
        },
        [this](Checked c) {
            m_running = false;
            // A check made on the spot since (checkNow) is newer: this one is dropped.
            if (c.generation == m_generation)
                apply(c.revision, std::move(c.result), std::move(c.layout), c.ms);
        });
}

void ChecklistDock::checkNow()
{
    if (!m_session)
        return;
    m_debounce.stop();
    // A check on the worker owns the checker (and its cache) until it returns: this one uses its own.
    if (m_running)
        m_checker = std::make_shared<Checker>(m_checker->options());
    ++m_generation;
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
        auto *levelItem = new QTreeWidgetItem(tree, {u"%1（%2）"_s.arg(findingLevelLabel(level)).arg(count)});
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
                partItem = new QTreeWidgetItem(levelItem, {partLabel(f.part)});
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
            emit jumpRequested(f.sectionId, 0, 0, int(BlockKind::Paragraph));
        return;
    }
    const SourcePlace place = LayoutMapping::toSource(m_layout, f.offset);
    emit jumpRequested(place.sectionId, place.position, f.length, int(place.kind));
}

bool ChecklistDock::applyFix(int index)
{
    if (!m_session || index < 0 || index >= m_result.findings.size())
        return false;
    const Finding &f = m_result.findings.at(index);
    if (!f.fix || !f.hasPlace())
        return false;
    const SourcePlace place = LayoutMapping::toSource(m_layout, f.offset);
    const QString wrong = m_result.plainText.mid(f.offset, f.length);
    if (place.sectionId > 0 && place.position >= 0) {
        const Section *s = m_session->section(place.sectionId);
        if (!s)
            return false;
        int at = place.position;
        if (s->body.mid(at, f.length) != wrong) {
            // Markdown marks before the place shift it a little: look for the text nearby.
            at = int(s->body.indexOf(wrong, qMax(0, place.position - 8)));
            if (at < 0)
                return false;
        }
        QString body = s->body;
        body.replace(at, f.length, *f.fix);
        m_session->undoStack()->push(new EditBodyCommand(m_session, s->id, s->body, body, tr("Fix")));
    } else {
        Report r = m_session->document().report;
        QString *field = place.kind == BlockKind::Title       ? &r.title
                         : place.kind == BlockKind::Addressee ? &r.addressee
                                                              : &r.opening;
        const qsizetype at = field->indexOf(wrong);
        if (at < 0)
            return false;
        field->replace(at, f.length, *f.fix);
        m_session->undoStack()->push(new EditReportCommand(m_session, r, tr("Fix")));
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

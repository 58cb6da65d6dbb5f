// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProblemsTab.h"

#include "CoreLabels.h"
#include "Dialogs.h"
#include "EditCommands.h"
#include "ReportSession.h"
#include "ui_ProblemsTab.h"

#include <QComboBox>
#include <QHeaderView>
#include <QRegularExpression>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace fazhi {

namespace {
enum Column { TextColumn, ReasonColumn, MeasureColumn, OwnerColumn, DueColumn, StatusColumn, MentionColumn, ColumnCount };
constexpr int kIdRole = Qt::UserRole;

/// Phrases of a problem's text specific enough to recognise it in the report's prose.
QStringList keyPhrases(const QString &text)
{
    static const QRegularExpression split(u"[，。、；：,.;:！？\\s“”（）()]+"_s);
    QStringList phrases;
    for (const QString &fragment : text.split(split, Qt::SkipEmptyParts)) {
        if (fragment.size() >= 4)
            phrases << fragment;
        for (qsizetype i = 0; i + 6 <= fragment.size(); i += 3)
            phrases << fragment.mid(i, 6);
    }
    return phrases;
}
} // namespace

ProblemsTab::ProblemsTab(QWidget *parent) : QWidget(parent), ui(std::make_unique<Ui::ProblemsTab>())
{
    ui->setupUi(this);
    ui->problemsTable->setColumnCount(ColumnCount);
    ui->problemsTable->setHorizontalHeaderLabels({tr("Problem"), tr("Reason"), tr("Rectification measure"),
                                                  tr("Owner"), tr("Due"), tr("Status"), tr("Mentioned in")});
    QHeaderView *header = ui->problemsTable->horizontalHeader();
    header->setSectionResizeMode(TextColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(ReasonColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(MeasureColumn, QHeaderView::Stretch);
    ui->problemsTable->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    connect(ui->problemsTable, &QTableWidget::cellChanged, this, &ProblemsTab::cellChanged);
    connect(ui->problemsTable, &QTableWidget::cellDoubleClicked, this, &ProblemsTab::cellActivated);
    connect(ui->addButton, &QPushButton::clicked, this, [this] {
        QString text;
        if (InputDialog::getText(this, tr("Add problem"), tr("The shortcoming, in one sentence:"), &text)
            && !text.trimmed().isEmpty())
            addProblem(text);
    });
    connect(ui->removeButton, &QPushButton::clicked, this, &ProblemsTab::removeCurrent);
}

ProblemsTab::~ProblemsTab() = default;

void ProblemsTab::setSession(ReportSession *session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (session) {
        connect(session, &ReportSession::problemsChanged, this, &ProblemsTab::fill);
        connect(session, &ReportSession::structureChanged, this, &ProblemsTab::fill);
        connect(session, &ReportSession::sectionTextChanged, this, &ProblemsTab::textChanged);
    }
    fill();
}

void ProblemsTab::textChanged()
{
    // Typing changes where problems are mentioned, but the table is not rebuilt on every key while the
    // clerk writes in another tab: it is refilled when shown.
    if (isVisible())
        fill();
    else
        m_mentionsStale = true;
}

void ProblemsTab::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_mentionsStale)
        fill();
}

void ProblemsTab::setClock(const Clock &clock)
{
    m_clock = &clock;
    fill();
}

QList<ProblemMention> ProblemsTab::mentions(const ReportSession &session, const Problem &problem)
{
    QList<ProblemMention> out;
    const ReportDocument &doc = session.document();
    const QStringList phrases = keyPhrases(problem.text) + keyPhrases(problem.measure);
    int part = 0;
    for (const Section &s : doc.sections) {
        if (s.isPart())
            part = s.part;
        if (part != 2 && part != 4)
            continue;
        for (const QString &phrase : phrases) {
            const qsizetype at = s.body.indexOf(phrase);
            if (at >= 0) {
                out.append({s.id, part, int(at), int(phrase.size())});
                break;
            }
        }
    }
    return out;
}

void ProblemsTab::selectProblem(qint64 problemId)
{
    if (m_mentionsStale || ui->problemsTable->rowCount() != (m_session ? m_session->document().problems.size() : 0))
        fill();
    for (int row = 0; row < ui->problemsTable->rowCount(); ++row)
        if (const QTableWidgetItem *item = ui->problemsTable->item(row, TextColumn); item && item->data(kIdRole).toLongLong() == problemId) {
            ui->problemsTable->setCurrentCell(row, TextColumn);
            ui->problemsTable->scrollToItem(item);
            return;
        }
}

void ProblemsTab::fill()
{
    m_filling = true;
    m_mentionsStale = false;
    m_overdue = 0;
    QTableWidget *table = ui->problemsTable;
    if (!m_session) {
        table->setRowCount(0);
        m_filling = false;
        return;
    }
    const QList<Problem> &problems = m_session->document().problems;
    // The same problems in the same order: the cells are updated where they stand, so that an edit being
    // committed (Tab to the next cell) keeps its place and the next cell's editor stays open.
    bool sameRows = table->rowCount() == problems.size();
    for (int row = 0; sameRows && row < problems.size(); ++row)
        sameRows = table->item(row, TextColumn) && table->item(row, TextColumn)->data(kIdRole).toLongLong() == problems.at(row).id;
    if (!sameRows) {
        const int currentRow = table->currentRow();
        const int currentColumn = table->currentColumn();
        table->setRowCount(0);
        table->setRowCount(int(problems.size()));
        for (int row = 0; row < problems.size(); ++row)
            addRow(row);
        if (currentRow >= 0 && currentRow < problems.size())
            table->setCurrentCell(currentRow, currentColumn);
    }
    const QDate today = m_clock->today();
    const auto setText = [table](int row, int column, const QString &text) {
        if (table->item(row, column)->text() != text)
            table->item(row, column)->setText(text);
    };
    for (int row = 0; row < problems.size(); ++row) {
        const Problem &p = problems.at(row);
        QTableWidgetItem *text = table->item(row, TextColumn);
        text->setData(kIdRole, p.id);
        text->setToolTip(p.continuesId ? tr("Carried over from last year's report") : QString());
        setText(row, TextColumn, p.continuesId ? u"↺ "_s + p.text : p.text);
        setText(row, ReasonColumn, p.reason);
        setText(row, MeasureColumn, p.measure);
        setText(row, OwnerColumn, p.owner);
        setText(row, DueColumn, p.dueDate.isValid() ? p.dueDate.toString(Qt::ISODate) : QString());
        if (auto *status = qobject_cast<QComboBox *>(table->cellWidget(row, StatusColumn)))
            status->setCurrentIndex(status->findData(int(p.status)));
        QStringList where;
        for (const ProblemMention &m : mentions(*m_session, p)) {
            const QString label = m.part == 2 ? tr("Part 2") : tr("Part 4");
            if (!where.contains(label))
                where << label;
        }
        setText(row, MentionColumn, where.isEmpty() ? tr("Not mentioned") : where.join(u"、"_s));
        table->item(row, MentionColumn)->setForeground(where.isEmpty() ? QBrush(QColor(0xc6, 0x28, 0x28)) : QBrush());
        const bool overdue = p.dueDate.isValid() && p.dueDate < today && p.status != ProblemStatus::Rectified;
        m_overdue += overdue;
        for (int c = 0; c < ColumnCount; ++c) {
            QTableWidgetItem *item = table->item(row, c);
            item->setBackground(overdue ? QBrush(QColor(255, 205, 210)) : QBrush());
            if (c != TextColumn || !p.continuesId)
                item->setToolTip(overdue ? tr("Overdue: due %1 and not rectified").arg(p.dueDate.toString(Qt::ISODate))
                                         : QString());
        }
    }
    table->resizeColumnToContents(DueColumn);
    table->resizeColumnToContents(MentionColumn);
    ui->summaryLabel->setText(tr("%1 problem(s), %2 overdue").arg(problems.size()).arg(m_overdue));
    m_filling = false;
}

void ProblemsTab::addRow(int row)
{
    QTableWidget *table = ui->problemsTable;
    const Problem &p = m_session->document().problems.at(row);
    auto *text = new QTableWidgetItem;
    text->setData(kIdRole, p.id);
    table->setItem(row, TextColumn, text);
    for (int c : {ReasonColumn, MeasureColumn, OwnerColumn, DueColumn})
        table->setItem(row, c, new QTableWidgetItem);
    auto *status = new QComboBox(table);
    for (ProblemStatus s : {ProblemStatus::Open, ProblemStatus::InProgress, ProblemStatus::Rectified})
        status->addItem(CoreLabels::problemStatus(s), int(s));
    status->setAccessibleName(tr("Status"));
    connect(status, &QComboBox::activated, this, [this, id = p.id, status] {
        for (Problem q : m_session->document().problems)
            if (q.id == id) {
                q.status = ProblemStatus(status->currentData().toInt());
                m_session->undoStack()->push(new EditProblemCommand(m_session, q));
                return;
            }
    });
    // The item under the status box is not edited as text: Tab goes past it to the next cell that is.
    auto *statusItem = new QTableWidgetItem;
    statusItem->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    table->setItem(row, StatusColumn, statusItem);
    table->setCellWidget(row, StatusColumn, status);
    auto *mention = new QTableWidgetItem;
    mention->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    table->setItem(row, MentionColumn, mention);
}

void ProblemsTab::cellChanged(int row, int column)
{
    if (m_filling || !m_session || row >= m_session->document().problems.size())
        return;
    Problem p = m_session->document().problems.at(row);
    const QString text = ui->problemsTable->item(row, column)->text().trimmed();
    switch (column) {
    case TextColumn: {
        QString t = text;
        if (t.startsWith(u"↺"_s))
            t = t.mid(1).trimmed();
        if (t.isEmpty()) {
            fill();
            return;
        }
        p.text = t;
        break;
    }
    case ReasonColumn: p.reason = text; break;
    case MeasureColumn: p.measure = text; break;
    case OwnerColumn: p.owner = text; break;
    case DueColumn: {
        const QDate d = QDate::fromString(text, Qt::ISODate);
        if (!text.isEmpty() && !d.isValid()) {
            fill();
            return;
        }
        p.dueDate = d;
        break;
    }
    default: return;
    }
    m_session->undoStack()->push(new EditProblemCommand(m_session, p));
}

void ProblemsTab::cellActivated(int row, int column)
{
    if (column != MentionColumn || !m_session || row >= m_session->document().problems.size())
        return;
    const QList<ProblemMention> found = mentions(*m_session, m_session->document().problems.at(row));
    if (!found.isEmpty())
        emit jumpRequested(JumpPlace::section(found.first().sectionId, found.first().position, found.first().length));
}

void ProblemsTab::addProblem(const QString &text)
{
    if (!m_session)
        return;
    Problem p;
    p.text = text.trimmed();
    p.position = int(m_session->document().problems.size());
    m_session->undoStack()->push(new AddRemoveProblemCommand(m_session, p, false));
}

void ProblemsTab::removeCurrent()
{
    const int row = ui->problemsTable->currentRow();
    if (!m_session || row < 0 || row >= m_session->document().problems.size())
        return;
    m_session->undoStack()->push(new AddRemoveProblemCommand(m_session, m_session->document().problems.at(row), true));
}

} // namespace fazhi

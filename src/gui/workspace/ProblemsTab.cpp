// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProblemsTab.h"

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

void ProblemsTab::fill()
{
    m_filling = true;
    m_mentionsStale = false;
    ui->problemsTable->setRowCount(0);
    m_overdue = 0;
    if (!m_session) {
        m_filling = false;
        return;
    }
    const QList<Problem> &problems = m_session->document().problems;
    ui->problemsTable->setRowCount(int(problems.size()));
    const QDate today = m_clock->today();
    for (int row = 0; row < problems.size(); ++row) {
        const Problem &p = problems.at(row);
        auto *text = new QTableWidgetItem(p.continuesId ? u"↺ "_s + p.text : p.text);
        text->setData(kIdRole, p.id);
        if (p.continuesId)
            text->setToolTip(tr("Carried over from last year's report"));
        ui->problemsTable->setItem(row, TextColumn, text);
        ui->problemsTable->setItem(row, ReasonColumn, new QTableWidgetItem(p.reason));
        ui->problemsTable->setItem(row, MeasureColumn, new QTableWidgetItem(p.measure));
        ui->problemsTable->setItem(row, OwnerColumn, new QTableWidgetItem(p.owner));
        ui->problemsTable->setItem(row, DueColumn,
                                   new QTableWidgetItem(p.dueDate.isValid() ? p.dueDate.toString(Qt::ISODate) : QString()));
        auto *status = new QComboBox(ui->problemsTable);
        for (ProblemStatus s : {ProblemStatus::Open, ProblemStatus::InProgress, ProblemStatus::Rectified})
            status->addItem(problemStatusLabel(s), int(s));
        status->setCurrentIndex(status->findData(int(p.status)));
        status->setAccessibleName(tr("Status"));
        connect(status, &QComboBox::activated, this, [this, id = p.id, status] {
            for (Problem q : m_session->document().problems)
                if (q.id == id) {
                    q.status = ProblemStatus(status->currentData().toInt());
                    m_session->undoStack()->push(new EditProblemCommand(m_session, q));
                    return;
                }
        });
        ui->problemsTable->setItem(row, StatusColumn, new QTableWidgetItem);
        ui->problemsTable->setCellWidget(row, StatusColumn, status);
        QStringList where;
        for (const ProblemMention &m : mentions(*m_session, p)) {
            const QString label = m.part == 2 ? tr("Part 2") : tr("Part 4");
            if (!where.contains(label))
                where << label;
        }
        auto *mention = new QTableWidgetItem(where.isEmpty() ? tr("Not mentioned") : where.join(u"、"_s));
        mention->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        if (where.isEmpty())
            mention->setForeground(QColor(0xc6, 0x28, 0x28));
        ui->problemsTable->setItem(row, MentionColumn, mention);
        const bool overdue = p.dueDate.isValid() && p.dueDate < today && p.status != ProblemStatus::Rectified;
        if (overdue) {
            ++m_overdue;
            for (int c = 0; c < ColumnCount; ++c)
                if (QTableWidgetItem *item = ui->problemsTable->item(row, c)) {
                    item->setBackground(QColor(255, 205, 210));
                    item->setToolTip(tr("Overdue: due %1 and not rectified").arg(p.dueDate.toString(Qt::ISODate)));
                }
        }
    }
    ui->problemsTable->resizeColumnToContents(DueColumn);
    ui->problemsTable->resizeColumnToContents(MentionColumn);
    ui->summaryLabel->setText(tr("%1 problem(s), %2 overdue").arg(problems.size()).arg(m_overdue));
    m_filling = false;
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
        emit jumpToSection(found.first().sectionId, found.first().position, found.first().length);
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

// SPDX-License-Identifier: GPL-3.0-or-later
#include "UnitsController.h"

#include "Dialogs.h"
#include "MainWindow.h"
#include "ReportSession.h"
#include "UnitDialog.h"
#include "UnitsDock.h"
#include "model/DraftYears.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/ReportRepository.h"
#include "storage/RowSnapshot.h"
#include "storage/SectionRepository.h"
#include "storage/UnitRepository.h"
#include "util/Clock.h"
#include "util/Failure.h"

#include <QAction>
#include <QLoggingCategory>
#include <QMenu>
#include <QUndoCommand>
#include <QUndoStack>

#include <functional>

using namespace Qt::StringLiterals;

namespace fazhi {

namespace {

Q_LOGGING_CATEGORY(lcUnits, "fazhi.units")

bool isSubmitted(const Report &r)
{
    return r.status == ReportStatus::Submitted || r.status == ReportStatus::Approved ||
           r.status == ReportStatus::Published;
}

} // namespace

/// A step of the window's unit-and-report history. The change is made (and may be refused) before the
/// step is pushed, so the first redo does nothing; later undo and redo say why when they cannot be made.
class UnitsCommand : public QUndoCommand
{
public:
    UnitsCommand(const QString &text, std::function<void()> apply, std::function<void()> revert,
                       std::function<void()> after, QWidget *window)
        : QUndoCommand(text), m_apply(std::move(apply)), m_revert(std::move(revert)), m_after(std::move(after)),
          m_window(window)
    {
    }
    void redo() override
    {
        if (m_first) {
            m_first = false;
            return;
        }
        run(m_apply);
    }
    void undo() override { run(m_revert); }

private:
    void run(const std::function<void()> &step)
    {
        try {
            step();
        } catch (const Failure &f) {
            qCWarning(lcUnits) << text() << "failed:" << f.message() << f.detail();
            MessageBox::warning(m_window, text(), f.message());
            setObsolete(true);
        }
        m_after();
    }
    std::function<void()> m_apply, m_revert, m_after;
    QWidget *m_window;
    bool m_first = true;
};

UnitsController::UnitsController(Database &db, MainWindow *window)
    : QObject(window), m_db(db), m_window(window), m_clock(&Clock::system()), m_stack(new QUndoStack(this)),
      m_menu(new QMenu(tr("&Units"), window))
{
    m_menu->setObjectName(u"unitsMenu"_s);
    editUnit = m_menu->addAction(tr("&Edit unit…"));
    changeYear = m_menu->addAction(tr("Change report &year…"));
    m_menu->addSeparator();
    deleteReport = m_menu->addAction(tr("&Delete report…"));
    deleteUnit = m_menu->addAction(tr("Delete u&nit…"));
    m_menu->addSeparator();
    undo = m_stack->createUndoAction(this, tr("Undo in units"));
    redo = m_stack->createRedoAction(this, tr("Redo in units"));
    undo->setObjectName(u"unitsUndo"_s);
    redo->setObjectName(u"unitsRedo"_s);
    m_menu->addActions({undo, redo});
    editUnit->setObjectName(u"editUnit"_s);
    changeYear->setObjectName(u"changeYear"_s);
    deleteReport->setObjectName(u"deleteReport"_s);
    deleteUnit->setObjectName(u"deleteUnit"_s);
    deleteReport->setToolTip(tr("Delete the selected draft report (a submitted report is never deleted)"));

    UnitsDock *units = window->unitsDock();
    connect(editUnit, &QAction::triggered, this, [this, units] {
        if (const qint64 id = units->currentUnitId())
            editUnitTo(id);
    });
    connect(changeYear, &QAction::triggered, this, [this, units] {
        const qint64 id = units->currentReportId();
        const auto report = id ? ReportRepository(m_db).find(id) : std::nullopt;
        if (!report)
            return;
        QString text = QString::number(report->year);
        if (!InputDialog::getText(m_window, tr("Change report year"),
                                  tr("Year of \"%1\" (%2 to %3):").arg(report->title).arg(draftYears::first).arg(draftYears::last(*m_clock)),
                                  &text))
            return;
        bool ok = false;
        const int year = text.trimmed().toInt(&ok);
        if (!ok) {
            MessageBox::warning(m_window, tr("Change report year"), tr("\"%1\" is not a year.").arg(text.trimmed()));
            return;
        }
        changeReportYear(id, year);
    });
    connect(deleteReport, &QAction::triggered, this, [this, units] {
        if (const qint64 id = units->currentReportId())
            removeReport(id);
    });
    connect(deleteUnit, &QAction::triggered, this, [this, units] {
        if (const qint64 id = units->currentUnitId(); id && !units->currentReportId())
            removeUnit(id);
    });
    connect(units, &QTreeWidget::currentItemChanged, this, &UnitsController::updateActions);
    updateActions();
}

void UnitsController::updateActions()
{
    const bool writable = !m_db.isReadOnly() && !m_window->isReadOnly();
    const qint64 report = m_window->unitsDock()->currentReportId();
    const qint64 unit = m_window->unitsDock()->currentUnitId();
    editUnit->setEnabled(writable && unit);
    deleteUnit->setEnabled(writable && unit && !report);
    changeYear->setEnabled(writable && report);
    deleteReport->setEnabled(writable && report);
}

QString UnitsController::actingName()
{
    const QString person = qEnvironmentVariable("FAZHI_USER").trimmed();
    if (!person.isEmpty())
        return person;
    const QString account = qEnvironmentVariable("USER", qEnvironmentVariable("LOGNAME"));
    return tr("Workbench: %1").arg(account.isEmpty() ? tr("unknown user") : account);
}

bool UnitsController::push(UnitsCommand *command)
{
    m_stack->push(command);
    return true;
}

bool UnitsController::editUnitTo(qint64 unitId)
{
    const auto before = UnitRepository(m_db).find(unitId);
    if (!before)
        return false;
    UnitDialog dialog(m_db, m_window);
    dialog.setUnit(*before);
    if (DialogRunner::exec(&dialog) != QDialog::Accepted)
        return false;
    Unit after = dialog.unit();
    after.id = unitId;
    const auto put = [this](const Unit &u) {
        UnitRepository repo(m_db);
        for (qint64 up = u.parentId, steps = 0; up != 0 && steps < 1000; ++steps) {
            const auto parent = repo.find(up);
            if (!parent)
                break;
            if (parent->id == u.id)
                throw Failure(tr("\"%1\" cannot belong to a unit that belongs to it.").arg(u.fullName), Failure::Kind::Input);
            up = parent->parentId;
        }
        Transaction tx(m_db);
        repo.update(u);
        tx.commit();
    };
    const QString title = tr("Edit unit \"%1\"").arg(before->fullName);
    try {
        put(after);
    } catch (const Failure &f) {
        MessageBox::warning(m_window, title, f.message());
        return false;
    }
    const auto refresh = [this] {
        m_window->reloadUnits();
        if (m_window->session())
            m_window->openReport(m_window->session()->reportId()); // its unit's name and signatories
    };
    refresh();
    return push(new UnitsCommand(title, [put, after] { put(after); }, [put, b = *before] { put(b); }, refresh, m_window));
}

bool UnitsController::changeReportYear(qint64 reportId, int year)
{
    const QString title = tr("Change report year");
    const auto found = ReportRepository(m_db).find(reportId);
    if (!found)
        return false;
    const Report before = *found;
    if (year == before.year)
        return false;
    const bool open = m_window->session() && m_window->session()->reportId() == reportId;
    if (open)
        m_window->session()->flush();
    // Move the report from one year to the other: its year, and the years the template wrote into its title
    // and part headings. The text the clerk wrote is left as it is.
    const auto move = [this, reportId](int from, int to, bool check) {
        ReportRepository reports(m_db);
        Report r = *reports.find(reportId);
        if (isSubmitted(r))
            throw Failure(tr("\"%1\" has been submitted (%2): its year can no longer be changed.").arg(r.title, reportStatusLabel(r.status)),
                          Failure::Kind::Input);
        if (check)
            draftYears::require(to, *m_clock);
        if (const auto other = reports.findByUnitYear(r.unitId, to); other && other->id != reportId)
            throw Failure(tr("This unit already has a report for %1 (number %2); a unit has one report a year.").arg(to).arg(other->id),
                          Failure::Kind::Input);
        Transaction tx(m_db);
        r.title = draftYears::moveYears(r.title, from, to);
        r.year = to;
        reports.update(r);
        SectionRepository sections(m_db);
        for (Section s : sections.forReport(reportId)) {
            const QString heading = draftYears::moveYears(s.heading, from, to);
            if (heading != s.heading) {
                s.heading = heading;
                sections.update(s);
            }
        }
        tx.commit();
    };
    try {
        move(before.year, year, true);
    } catch (const Failure &f) {
        MessageBox::warning(m_window, title, f.message());
        return false;
    }
    const auto refresh = [this, reportId, open] {
        m_window->reloadUnits();
        if (open || (m_window->session() && m_window->session()->reportId() == reportId))
            m_window->openReport(reportId);
    };
    refresh();
    const int from = before.year;
    return push(new UnitsCommand(tr("Change the year of %1 to %2").arg(from).arg(year),
                                       [move, from, year] { move(from, year, false); },
                                       [move, from, year] { move(year, from, false); }, refresh, m_window));
}

bool UnitsController::removeReport(qint64 reportId)
{
    const QString title = tr("Delete report");
    const auto found = ReportRepository(m_db).find(reportId);
    if (!found)
        return false;
    const Report report = *found;
    const auto unit = UnitRepository(m_db).find(report.unitId);
    const QString unitName = unit ? unit->fullName : QString();
    if (isSubmitted(report)) {
        MessageBox::warning(m_window, title,
                            tr("\"%1\" is %2: a submitted report is never deleted. An administrator can reopen it.")
                                .arg(report.title, reportStatusLabel(report.status)));
        return false;
    }
    if (MessageBox::question(m_window, title,
                             tr("Delete the draft \"%1\" of %2 (%3) with all its text, metrics and problems?\n"
                                "You can undo this while the window stays open; the deletion is recorded in the audit trail.")
                                 .arg(report.title, unitName).arg(report.year))
        != QMessageBox::Yes)
        return false;
    const QString detail = u"%1 %2年度 %3"_s.arg(unitName).arg(report.year).arg(report.title);
    auto snapshot = std::make_shared<RowSnapshot>();
    const auto remove = [this, reportId, snapshot, detail] {
        if (m_window->session() && m_window->session()->reportId() == reportId)
            m_window->closeReport();
        *snapshot = RowSnapshot::take(m_db, u"reports"_s, reportId);
        Transaction tx(m_db);
        ReportRepository(m_db).remove(reportId);
        AuditLog(m_db).append(actingName(), reportId, u"delete"_s, 0, detail);
        tx.commit();
    };
    const auto restore = [this, reportId, snapshot, detail] {
        Transaction tx(m_db);
        snapshot->restore(m_db);
        AuditLog(m_db).append(actingName(), reportId, u"undelete"_s, 0, detail);
        tx.commit();
    };
    try {
        remove();
    } catch (const Failure &f) {
        MessageBox::warning(m_window, title, f.message());
        return false;
    }
    const auto refresh = [this, reportId] {
        if (m_window->session() && m_window->session()->reportId() == reportId &&
            !ReportRepository(m_db).find(reportId))
            m_window->closeReport();
        m_window->reloadUnits();
        m_window->unitsDock()->selectReport(reportId);
    };
    refresh();
    return push(new UnitsCommand(tr("Delete report %1 (%2)").arg(report.title).arg(report.year), remove, restore,
                                       refresh, m_window));
}

bool UnitsController::removeUnit(qint64 unitId)
{
    const QString title = tr("Delete unit");
    const auto found = UnitRepository(m_db).find(unitId);
    if (!found)
        return false;
    const Unit unit = *found;
    const QList<Report> reports = ReportRepository(m_db).forUnit(unitId);
    QStringList names, submitted;
    for (const Report &r : reports) {
        names << tr("%1 report (number %2)").arg(r.year).arg(r.id);
        if (isSubmitted(r))
            submitted << tr("%1 report (%2)").arg(r.year).arg(reportStatusLabel(r.status));
    }
    if (!submitted.isEmpty()) {
        MessageBox::warning(m_window, title,
                            tr("\"%1\" has submitted reports and cannot be deleted: %2.").arg(unit.fullName, submitted.join(tr(", "))));
        return false;
    }
    const QString question = reports.isEmpty()
        ? tr("Delete the unit \"%1\"? It has no reports.").arg(unit.fullName)
        : tr("\"%1\" has %n report(s): %2.\nDelete the unit together with these reports? You can undo this while the "
             "window stays open; the deletions are recorded in the audit trail.", nullptr, int(reports.size()))
              .arg(unit.fullName, names.join(tr(", ")));
    if (MessageBox::question(m_window, title, question) != QMessageBox::Yes)
        return false;
    auto snapshot = std::make_shared<RowSnapshot>();
    const auto remove = [this, unitId, snapshot, reports, unit] {
        if (m_window->session() && m_window->session()->document().unit.id == unitId)
            m_window->closeReport();
        *snapshot = RowSnapshot::take(m_db, u"units"_s, unitId);
        Transaction tx(m_db);
        UnitRepository(m_db).remove(unitId);
        for (const Report &r : reports)
            AuditLog(m_db).append(actingName(), r.id, u"delete"_s, 0,
                                  u"%1 %2年度 %3（随单位删除）"_s.arg(unit.fullName).arg(r.year).arg(r.title));
        tx.commit();
    };
    const auto restore = [this, snapshot, reports, unit] {
        Transaction tx(m_db);
        snapshot->restore(m_db);
        for (const Report &r : reports)
            AuditLog(m_db).append(actingName(), r.id, u"undelete"_s, 0,
                                  u"%1 %2年度 %3（随单位恢复）"_s.arg(unit.fullName).arg(r.year).arg(r.title));
        tx.commit();
    };
    try {
        remove();
    } catch (const Failure &f) {
        MessageBox::warning(m_window, title, f.message());
        return false;
    }
    const auto refresh = [this, unitId] {
        if (m_window->session() && !UnitRepository(m_db).find(unitId) &&
            m_window->session()->document().unit.id == unitId)
            m_window->closeReport();
        m_window->reloadUnits();
    };
    refresh();
    return push(new UnitsCommand(tr("Delete unit %1").arg(unit.fullName), remove, restore, refresh, m_window));
}

} // namespace fazhi

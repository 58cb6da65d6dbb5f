// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/RestoreRepository.h"

#include "storage/Database.h"
#include "storage/Sql.h"

using namespace Qt::StringLiterals;

namespace fazhi {

void RestoreRepository::restoreSection(const Section &s)
{
    sql::run(m_db.connection(),
             u"INSERT INTO sections (id, report_id, parent_id, part, position, heading, body, run_in, guidance) "
             u"VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
             {s.id, s.reportId, sql::idValue(s.parentId), (s.parentId == 0 && s.part >= 1 && s.part <= 5) ? QVariant(s.part) : QVariant(), s.position,
              s.heading, s.body, s.runIn ? 1 : 0, s.guidance});
}

void RestoreRepository::restoreProblem(const Problem &p)
{
    sql::run(m_db.connection(),
             u"INSERT INTO problems (id, report_id, position, text, reason, measure, owner, due_date, status, "
             u"continues_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
             {p.id, p.reportId, p.position, p.text, p.reason, p.measure, p.owner, sql::dateValue(p.dueDate),
              problemStatusKey(p.status), sql::idValue(p.continuesId)});
}

} // namespace fazhi

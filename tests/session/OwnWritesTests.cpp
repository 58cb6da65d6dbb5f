// SPDX-License-Identifier: GPL-3.0-or-later
// A session does not read its own saves back, and still reads what another desk saved: before, during and
// between its own saves. Runs on SQLite and (through the suite's PostgreSQL registration) on the server.
#include "SessionTestSupport.h"

#include "EditCommands.h"
#include "TestDatabase.h"
#include "storage/SectionRepository.h"

#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace fazhi;
using namespace fazhi::test;

namespace {

void type(ReportSession &s, qint64 sectionId, const QString &text)
{
    const QString before = s.section(sectionId)->body;
    s.undoStack()->push(new EditBodyCommand(&s, sectionId, before, before + text));
}

} // namespace

TEST_CASE("a session's own saves are not read back, another desk's write is read, also one made just before an "
          "own save", "[session][outside][server]")
{
    QTemporaryDir dir;
    TestDatabase where(dir, u"own.sqlite"_s);
    Database desk, other;
    desk.open(where.location());
    DemoData::seedIfEmpty(desk);
    other.open(where.location());
    QList<Report> reports = ReportRepository(desk).all();
    std::sort(reports.begin(), reports.end(), [](const Report &a, const Report &b) { return a.year < b.year; });
    const qint64 reportId = reports.last().id;
    ReportSession s(desk, reportId);
    const Section mine = s.document().sections.at(1);
    const Section theirs = s.document().sections.at(2);

    // Typing, saved five times: nothing read back, whatever the poll says.
    for (int i = 0; i < 5; ++i) {
        type(s, mine.id, u"本处写的第%1句。"_s.arg(i + 1));
        s.flush();
        s.checkOutsideChanges();
    }
    CHECK(s.outsideReads() == 0);
    CHECK(SectionRepository(other).find(mine.id)->body == s.section(mine.id)->body);

    // Another desk writes a section: the next check reads the report and shows it.
    const QString otherText = theirs.body + u"另一处写的。"_s;
    SectionRepository(other).updateBody(theirs.id, otherText);
    s.checkOutsideChanges();
    CHECK(s.outsideReads() == 1);
    CHECK(s.section(theirs.id)->body == otherText);

    // Another desk writes just before an own save (no check between): the save lands on top of it, and the
    // session still reads it, rather than taking the report as its own save left it.
    const QString laterText = otherText + u"又写了一句。"_s;
    SectionRepository(other).updateBody(theirs.id, laterText);
    type(s, mine.id, u"紧接着写的。"_s);
    s.flush();
    s.checkOutsideChanges();
    CHECK(s.outsideReads() == 2);
    CHECK(s.section(theirs.id)->body == laterText);
    CHECK(!s.hasUnsavedChanges());

    // And afterwards its own saves are again not read back.
    type(s, mine.id, u"最后一句。"_s);
    s.flush();
    s.checkOutsideChanges();
    CHECK(s.outsideReads() == 2);
    CHECK(SectionRepository(other).find(mine.id)->body == s.section(mine.id)->body);
}

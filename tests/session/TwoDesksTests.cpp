// SPDX-License-Identifier: GPL-3.0-or-later
// Two desks saving the same section on the district's server: the save that comes second is refused (the
// section's revision moved), that session keeps its clerk's text, the other text is kept beside it under
// the report's references, and both desks end with the same stored text; nothing typed by either is lost.
// Tagged [.][server]: run by the suite's PostgreSQL registration, on the shared test server.
#include "SessionTestSupport.h"

#include "EditCommands.h"
#include "TestDatabase.h"
#include "storage/ReferenceRepository.h"
#include "storage/SectionRepository.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace fazhi;
using namespace fazhi::test;

TEST_CASE("two desks save the same section at once: the second save is refused, both texts are kept for the merge, "
          "nothing is lost", "[.][server][session][conflict]")
{
    QTemporaryDir dir;
    TestDatabase where(dir, u"desks.sqlite"_s);
    REQUIRE(where.isServer());
    Database deskA, deskB;
    deskA.open(where.location());
    DemoData::seedIfEmpty(deskA);
    deskB.open(where.location());
    QList<Report> reports = ReportRepository(deskA).all();
    std::sort(reports.begin(), reports.end(), [](const Report &a, const Report &b) { return a.year < b.year; });
    const qint64 reportId = reports.last().id;
    auto a = std::make_unique<ReportSession>(deskA, reportId);
    auto b = std::make_unique<ReportSession>(deskB, reportId);
    QSignalSpy toldA(a.get(), &ReportSession::outsideConflict);
    QSignalSpy toldB(b.get(), &ReportSession::outsideConflict);
    const Section sec = a->document().sections.at(1);
    const int revision = SectionRepository(deskA).find(sec.id)->revision;

    // A third connection holds the section's row, so that both saves are on their way before either lands.
    const QString lockName = u"lock-"_s + where.serverDatabase();
    {
        QSqlDatabase lock = where.raw(lockName);
        REQUIRE(lock.transaction());
        QSqlQuery hold(lock);
        REQUIRE(hold.exec(u"SELECT id FROM sections WHERE id = %1 FOR UPDATE"_s.arg(sec.id)));

        const QString textA = sec.body + u"甲处写的一句：行政复议案件全部按期办结。"_s;
        const QString textB = sec.body + u"乙处写的一句：执法人员全部持证上岗。"_s;
        a->undoStack()->push(new EditBodyCommand(a.get(), sec.id, sec.body, textA));
        b->undoStack()->push(new EditBodyCommand(b.get(), sec.id, sec.body, textB));
        a->startSave();
        b->startSave();
        settle(300);
        CHECK(a->hasUnsavedChanges()); // both waiting for the row
        CHECK(b->hasUnsavedChanges());
        REQUIRE(lock.commit());
        lock.close();

        REQUIRE(waitFor([&] { return toldA.count() + toldB.count() >= 1 && !a->hasUnsavedChanges() && !b->hasUnsavedChanges(); },
                        15000));
        // Exactly one desk was refused: it kept its own text and was told, showing both.
        REQUIRE(toldA.count() + toldB.count() == 1);
        ReportSession &refused = toldA.count() ? *a : *b;
        ReportSession &first = toldA.count() ? *b : *a;
        const QString refusedText = toldA.count() ? textA : textB;
        const QString firstText = toldA.count() ? textB : textA;
        const QString message = (toldA.count() ? toldA : toldB).last().at(0).toString();
        INFO(message.toStdString());
        CHECK(message.contains(sec.heading));
        CHECK(refused.section(sec.id)->body == refusedText);

        // Both texts are there for the side-by-side merge: the clerk's in the section, the other desk's as a
        // reference of the report (in the session and stored).
        const auto hasOther = [&](const QList<ReportReference> &refs) {
            return std::any_of(refs.begin(), refs.end(), [&](const ReportReference &r) {
                return r.kind == u"outside-change"_s && r.body == firstText;
            });
        };
        CHECK(hasOther(refused.references()));
        CHECK(hasOther(ReferenceRepository(deskA).forReport(reportId)));

        // What is stored: the refused desk's text, saved again after the merge (compare-and-set moved twice).
        const Section stored = *SectionRepository(deskA).find(sec.id);
        CHECK(stored.body == refusedText);
        CHECK(stored.revision == revision + 2);
        // The desk that saved first takes the stored text (its own is in the references), and it sees the
        // reference too once it reads the report again.
        CHECK(waitFor([&] { return first.section(sec.id)->body == refusedText && !first.hasUnsavedChanges(); }, 8000));
    }
    QSqlDatabase::removeDatabase(lockName);
    a.reset();
    b.reset();
}

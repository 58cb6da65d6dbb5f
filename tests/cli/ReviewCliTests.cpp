// SPDX-License-Identifier: GPL-3.0-or-later
// The review path through the CLI: people, transitions, refusals with exit codes, versions, comments and
// the audit trail.
#include "TestSupport.h"

#include <QSqlDatabase>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {

QString id(const QJsonValue &v) { return QString::number(v.toObject().value(u"id"_s).toInteger()); }

} // namespace

TEST_CASE("a report is drafted, submitted, commented, returned, resubmitted, approved and published by the CLI",
          "[cli][review]")
{
    fazhi::test::CliSession cli;
    const QString district = id(cli.json({u"unit"_s, u"add"_s, u"--name"_s, u"重庆市江津区人民政府"_s, u"--kind"_s, u"government"_s}));
    const QString unit = id(cli.json({u"unit"_s, u"add"_s, u"--name"_s, u"重庆市江津区城市管理局"_s, u"--parent"_s, district}));
    const QString report = id(cli.json({u"report"_s, u"new"_s, u"--unit"_s, unit, u"--year"_s, u"2025"_s}));
    cli.json({u"user"_s, u"add"_s, u"--name"_s, u"张起草"_s, u"--unit"_s, unit, u"--role"_s, u"drafter"_s});
    cli.json({u"user"_s, u"add"_s, u"--name"_s, u"王督察"_s, u"--unit"_s, district, u"--role"_s, u"reviewer,signer"_s});

    cli.json({u"--as"_s, u"张起草"_s, u"metric"_s, u"set"_s, u"--report"_s, report, u"--key"_s, u"admin_review_cases"_s,
              u"--value"_s, u"8"_s});
    QJsonObject state = cli.json({u"--as"_s, u"张起草"_s, u"report"_s, u"submit"_s, u"--report"_s, report}).toObject();
    CHECK(state.value(u"status"_s).toString() == u"submitted"_s);
    CHECK(state.value(u"by"_s).toString() == u"张起草"_s);

    // Locked while submitted: the drafter's change is refused (exit 1) and nothing changes.
    const auto locked = cli({u"--as"_s, u"张起草"_s, u"metric"_s, u"set"_s, u"--report"_s, report, u"--key"_s,
                             u"admin_review_cases"_s, u"--value"_s, u"9"_s});
    CHECK(locked.exitCode == 1);
    CHECK(locked.err.contains(u"不能修改"_s));

    // Self-approval and wrong roles are refused.
    const auto self = cli({u"--as"_s, u"张起草"_s, u"report"_s, u"approve"_s, u"--report"_s, report});
    CHECK(self.exitCode == 1);
    const auto noReason = cli({u"--as"_s, u"王督察"_s, u"report"_s, u"return"_s, u"--report"_s, report});
    CHECK(noReason.exitCode == 2);

    cli.json({u"--as"_s, u"王督察"_s, u"comment"_s, u"add"_s, u"--report"_s, report, u"--text"_s,
              u"请补充数据"_s});
    state = cli.json({u"--as"_s, u"王督察"_s, u"report"_s, u"return"_s, u"--report"_s, report}).toObject();
    CHECK(state.value(u"status"_s).toString() == u"returned"_s);
    const QJsonArray comments = cli.json({u"comment"_s, u"list"_s, u"--report"_s, report}).toArray();
    REQUIRE(comments.size() == 1);
    cli.json({u"--as"_s, u"张起草"_s, u"comment"_s, u"resolve"_s, id(comments.first())});
    cli.json({u"--as"_s, u"张起草"_s, u"metric"_s, u"set"_s, u"--report"_s, report, u"--key"_s, u"admin_review_cases"_s,
              u"--value"_s, u"9"_s});
    cli.json({u"--as"_s, u"张起草"_s, u"report"_s, u"submit"_s, u"--report"_s, report});

    const QJsonArray versions = cli.json({u"version"_s, u"list"_s, u"--report"_s, report}).toArray();
    REQUIRE(versions.size() == 2);
    const QJsonObject diff = cli.json({u"report"_s, u"diff"_s, u"--report"_s, report, u"--from"_s, u"1"_s, u"--to"_s, u"2"_s}).toObject();
    const QJsonArray metrics = diff.value(u"metrics"_s).toArray();
    REQUIRE(metrics.size() == 1);
    CHECK(metrics.first().toObject().value(u"before"_s).toString() == u"8"_s);
    CHECK(metrics.first().toObject().value(u"after"_s).toString() == u"9"_s);

    cli.json({u"--as"_s, u"王督察"_s, u"report"_s, u"approve"_s, u"--report"_s, report});
    state = cli.json({u"--as"_s, u"王督察"_s, u"report"_s, u"publish"_s, u"--report"_s, report, u"--date"_s, u"2026-03-20"_s,
                      u"--url"_s, u"https://www.jiangjin.gov.cn/2025.html"_s})
                .toObject();
    CHECK(state.value(u"status"_s).toString() == u"published"_s);
    CHECK(state.value(u"history"_s).toArray().size() >= 6);

    CHECK(cli({u"audit"_s, u"verify"_s}).exitCode == 0);
    // Someone edits the trail in the file: verify names the entry and fails.
    {
        QSqlDatabase db = cli.where.raw(u"tamper"_s);
        QSqlQuery q(db);
        REQUIRE(q.exec(u"UPDATE audit_log SET person = '李某' WHERE action = 'approve'"_s));
        db.close();
    }
    QSqlDatabase::removeDatabase(u"tamper"_s);
    const auto verify = cli({u"audit"_s, u"verify"_s});
    CHECK(verify.exitCode == 1);
    CHECK(verify.err.contains(u"修改"_s));
}

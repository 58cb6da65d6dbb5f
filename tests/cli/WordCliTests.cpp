// SPDX-License-Identifier: GPL-3.0-or-later
// The Word round trip and passwords through the CLI: report diff --format docx, review import, suggestion
// list | accept | reject; user add --password-stdin, user passwd, --as with a password.
#include "TestSupport.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;
using fazhi::test::CliResult;
using fazhi::test::runCli;

namespace {

QString id(const QJsonValue &v) { return QString::number(v.toObject().value(u"id"_s).toInteger()); }

/// Runs SQL on the session's database (the file, or the server as its owner), as another program would.
void execSql(const fazhi::test::CliSession &cli, const QString &statement)
{
    {
        QSqlDatabase c = cli.where.raw(u"edit"_s);
        QSqlQuery q(c);
        const bool ok = q.exec(statement);
        INFO(q.lastError().text().toStdString());
        REQUIRE(ok);
        c.close();
    }
    QSqlDatabase::removeDatabase(u"edit"_s);
}

struct Env
{
    explicit Env(const char *name, const QByteArray &value) : m_name(name) { qputenv(name, value); }
    ~Env() { qunsetenv(m_name); }
    const char *m_name;
};

} // namespace

TEST_CASE("the diff as a tracked-changes DOCX re-imports through the CLI as suggestions the drafter accepts",
          "[cli][word][suggestions]")
{
    fazhi::test::CliSession cli;
    const QString unit = id(cli.json({u"unit"_s, u"add"_s, u"--name"_s, u"重庆市江津区四屏镇人民政府"_s, u"--kind"_s, u"township"_s}));
    const QString report = QString::number(cli.json({u"import"_s, fazhi::test::fixture(u"siping-town-2025.txt"_s), u"--unit"_s, unit})
                                               .toObject().value(u"report_id"_s).toInteger());
    cli.json({u"user"_s, u"add"_s, u"--name"_s, u"张起草"_s, u"--unit"_s, unit, u"--role"_s, u"drafter"_s});
    cli.json({u"user"_s, u"add"_s, u"--name"_s, u"李审核"_s, u"--unit"_s, unit, u"--role"_s, u"reviewer"_s});
    cli.json({u"user"_s, u"add"_s, u"--name"_s, u"钱管理"_s, u"--unit"_s, unit, u"--role"_s, u"admin"_s});
    // The published report taken back to draft, to be edited again.
    const QString status = cli.json({u"report"_s, u"show"_s, u"--report"_s, report}).toObject().value(u"status"_s).toString();
    if (status != u"draft"_s)
        cli.json({u"--as"_s, u"钱管理"_s, u"report"_s, u"reopen"_s, u"--report"_s, report, u"--reason"_s, u"修订"_s});
    cli.json({u"--as"_s, u"张起草"_s, u"version"_s, u"save"_s, u"--report"_s, report, u"--name"_s, u"初稿"_s});
    // An edit in the editor: one sentence of the longest section changed.
    execSql(cli, u"UPDATE sections SET body = replace(body, '。', '。经复核，') WHERE id = "
                    u"(SELECT id FROM sections WHERE report_id = %1 ORDER BY length(body) DESC LIMIT 1)"_s.arg(report));
    cli.json({u"--as"_s, u"李审核"_s, u"comment"_s, u"add"_s, u"--report"_s, report, u"--quote"_s, u"经复核"_s, u"--text"_s, u"请说明"_s});

    const QString docx = cli.dir.filePath(u"修订稿.docx"_s);
    const QJsonObject written = cli.json({u"report"_s, u"diff"_s, u"--report"_s, report, u"--from"_s, u"1"_s,
                                          u"--format"_s, u"docx"_s, u"-o"_s, docx}).toObject();
    const int changes = written.value(u"changes"_s).toInt();
    CHECK(changes > 3);
    CHECK(written.value(u"comments"_s).toInt() == 1);
    REQUIRE(QFileInfo::exists(docx));
    // Refused without a file, and with an unknown format.
    CHECK(cli({u"report"_s, u"diff"_s, u"--report"_s, report, u"--from"_s, u"1"_s, u"--format"_s, u"docx"_s}).exitCode == 2);
    CHECK(cli({u"report"_s, u"diff"_s, u"--report"_s, report, u"--from"_s, u"1"_s, u"--format"_s, u"pdf"_s}).exitCode == 2);

    cli.json({u"--as"_s, u"张起草"_s, u"version"_s, u"restore"_s, u"--report"_s, report, u"--version"_s, u"1"_s});
    const QJsonObject imported = cli.json({u"--as"_s, u"李审核"_s, u"review"_s, u"import"_s, u"--report"_s, report, docx}).toObject();
    CHECK(imported.value(u"suggestions"_s).toArray().size() == changes);
    CHECK(imported.value(u"comments"_s).toArray().size() == 1);
    const QJsonArray listed = cli.json({u"suggestion"_s, u"list"_s, u"--report"_s, report}).toArray();
    REQUIRE(listed.size() == changes);
    CHECK(listed.first().toObject().value(u"status"_s).toString() == u"open"_s);
    CHECK(listed.first().toObject().value(u"new_text"_s).toString().contains(u"经复核"_s));

    // The reviewer may not decide; the drafter rejects one and accepts the rest.
    const auto refused = cli({u"--as"_s, u"李审核"_s, u"suggestion"_s, u"accept"_s, id(listed.first())});
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(u"起草人"_s));
    cli.json({u"--as"_s, u"张起草"_s, u"suggestion"_s, u"reject"_s, id(listed.first())});
    const QJsonObject all = cli.json({u"--as"_s, u"张起草"_s, u"suggestion"_s, u"accept"_s, u"--all"_s, u"--report"_s, report}).toObject();
    CHECK(all.value(u"accepted"_s).toArray().size() == changes - 1);
    CHECK(all.value(u"left_open"_s).toArray().isEmpty());
    // Against the edited text (kept as version 2 by the restore): only the rejected words are missing.
    const QJsonObject diff = cli.json({u"report"_s, u"diff"_s, u"--report"_s, report, u"--from"_s, u"2"_s}).toObject();
    CHECK(diff.value(u"inserted"_s).toInt() == 0);
    CHECK(diff.value(u"deleted"_s).toInt() == 4);
    const QJsonArray audit = cli.json({u"audit"_s, u"list"_s, u"--report"_s, report}).toArray();
    CHECK(audit.last().toObject().value(u"action"_s).toString() == u"suggestion-accept"_s);
    CHECK(cli({u"audit"_s, u"verify"_s}).exitCode == 0);
}

TEST_CASE("a person with a password acts only with it: wrong is refused in Chinese with exit 1 and nothing done",
          "[cli][word][password]")
{
    fazhi::test::CliSession cli;
    const QString data = cli.dir.filePath(u"data"_s);
    const QString unit = id(cli.json({u"unit"_s, u"add"_s, u"--name"_s, u"重庆市江津区城市管理局"_s}));
    const QString report = id(cli.json({u"report"_s, u"new"_s, u"--unit"_s, unit, u"--year"_s, u"2025"_s}));
    CliResult r = runCli(cli.db, {u"--json"_s, u"user"_s, u"add"_s, u"--name"_s, u"张起草"_s, u"--unit"_s, unit, u"--role"_s,
                                  u"drafter,admin"_s, u"--password-stdin"_s}, data, "春眠不觉晓\n");
    REQUIRE(r.exitCode == 0);
    CHECK(fazhi::test::parseJson(r).value(u"has_password"_s).toBool());
    {
        // Only the hash is stored.
        QSqlDatabase c = cli.where.raw(u"peek"_s);
        QSqlQuery q(u"SELECT password_hash FROM people WHERE name = '张起草'"_s, c);
        REQUIRE(q.next());
        CHECK(q.value(0).toString().startsWith(u"$argon2id$"_s));
        CHECK_FALSE(q.value(0).toString().contains(u"春眠"_s));
        c.close();
    }
    QSqlDatabase::removeDatabase(u"peek"_s);

    const QStringList save{u"--as"_s, u"张起草"_s, u"version"_s, u"save"_s, u"--report"_s, report, u"--name"_s, u"初稿"_s};
    r = runCli(cli.db, save, data, "夜来风雨声\n");
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(u"密码不正确"_s));
    CHECK(cli.json({u"version"_s, u"list"_s, u"--report"_s, report}).toArray().isEmpty());
    {
        Env wrong("FAZHI_PASSWORD", "夜来风雨声");
        CHECK(cli(save).exitCode == 1);
    }
    {
        Env right("FAZHI_PASSWORD", "春眠不觉晓");
        CHECK(cli(save).exitCode == 0);
    }
    CHECK(runCli(cli.db, save, data, "春眠不觉晓\n").exitCode == 0);
    CHECK(cli.json({u"version"_s, u"list"_s, u"--report"_s, report}).toArray().size() == 2);
    // Without a password at all: refused too.
    CHECK(cli(save).exitCode == 1);

    // Changed: the old one no longer works; cleared: none is asked.
    r = runCli(cli.db, {u"--as"_s, u"张起草"_s, u"user"_s, u"passwd"_s}, data, "春眠不觉晓\n处处闻啼鸟\n");
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(runCli(cli.db, save, data, "春眠不觉晓\n").exitCode == 1);
    CHECK(runCli(cli.db, save, data, "处处闻啼鸟\n").exitCode == 0);
    CHECK(runCli(cli.db, {u"--as"_s, u"张起草"_s, u"user"_s, u"passwd"_s, u"--clear"_s}, data, "处处闻啼鸟\n").exitCode == 0);
    CHECK(cli(save).exitCode == 0);

    // Somebody else's password: only the person or an admin.
    cli.json({u"user"_s, u"add"_s, u"--name"_s, u"李审核"_s, u"--unit"_s, unit, u"--role"_s, u"reviewer"_s});
    r = runCli(cli.db, {u"--as"_s, u"李审核"_s, u"user"_s, u"passwd"_s, u"--name"_s, u"张起草"_s}, data, "花落知多少\n");
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(u"管理员"_s));
}

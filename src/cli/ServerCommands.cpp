// SPDX-License-Identifier: GPL-3.0-or-later
// The district's server: logins (fazhi admin grant|revoke|logins) and moving a database (fazhi db copy).
#include "Cli.h"

#include "storage/AuditLog.h"
#include "storage/DatabaseCopy.h"
#include "storage/LoginRepository.h"
#include "storage/PersonRepository.h"
#include "util/Failure.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace fazhi::cli {

namespace {

/// The first line of standard input: a password is never taken from the command line.
QString passwordFromStdin()
{
    QTextStream in(stdin);
    const QString line = in.readLine();
    if (line.isEmpty())
        throw Failure(u"--password-stdin 需要从标准输入读到一行密码，但什么也没有读到。"_s, Failure::Kind::Input);
    return line;
}

int adminGrant(Context &ctx)
{
    const Options o(ctx.args(), {u"login"_s, u"person"_s}, {u"password-stdin"_s});
    const QString login = o.required(u"login"_s).trimmed();
    const QString name = o.required(u"person"_s).trimmed();
    const auto person = PersonRepository(ctx.db()).findByName(name);
    if (!person)
        throw Failure(u"没有名为“%1”的人员。请先用 fazhi user add 添加。"_s.arg(name), Failure::Kind::Input);
    const QString password = o.has(u"password-stdin"_s) ? passwordFromStdin() : QString();
    LoginRepository(ctx.db()).grant(login, person->id, password);
    AuditLog(ctx.db()).append(actingName(), 0, u"grant-login"_s, 0, u"%1 → %2"_s.arg(login, person->name));
    if (ctx.json())
        ctx.printJson(QJsonObject{{u"login"_s, login}, {u"person"_s, person->name}, {u"person_id"_s, person->id}});
    else
        ctx.out() << u"登录名 %1 已授予 %2。\n"_s.arg(login, person->name);
    return Ok;
}

int adminRevoke(Context &ctx)
{
    const Options o(ctx.args(), {u"login"_s}, {});
    const QString login = o.required(u"login"_s).trimmed();
    LoginRepository(ctx.db()).revoke(login);
    AuditLog(ctx.db()).append(actingName(), 0, u"revoke-login"_s, 0, login);
    if (ctx.json())
        ctx.printJson(QJsonObject{{u"login"_s, login}, {u"revoked"_s, true}});
    else
        ctx.out() << u"登录名 %1 已收回。\n"_s.arg(login);
    return Ok;
}

int adminLogins(Context &ctx)
{
    const Options o(ctx.args(), {}, {});
    const QList<LoginRepository::Login> logins = LoginRepository(ctx.db()).all();
    if (ctx.json()) {
        QJsonArray rows;
        for (const auto &l : logins)
            rows.append(QJsonObject{{u"login"_s, l.login}, {u"person"_s, l.person}, {u"person_id"_s, l.personId}});
        ctx.printJson(rows);
    } else {
        for (const auto &l : logins)
            ctx.out() << l.login << u"\t"_s << l.person << u'\n';
    }
    return Ok;
}

int dbCopy(Context &ctx)
{
    const Options o(ctx.args(), {u"from"_s, u"to"_s}, {});
    const QString from = o.raw(u"from"_s);
    const QString to = o.raw(u"to"_s);
    if (from.trimmed().isEmpty() || to.trimmed().isEmpty())
        throw Failure(u"请用 --from 和 --to 给出源数据库和目标数据库（文件路径或 postgresql:// 地址）。"_s, Failure::Kind::Input);
    Database source;
    Database target;
    try {
        source.open(from);
        target.open(to);
    } catch (const Failure &f) {
        throw Failure(f.message(), Failure::Kind::Input, f.detail());
    }
    const QList<DatabaseCopy::TableCount> counts = DatabaseCopy(source, target).run();
    const AuditLog::Verification v = AuditLog(target).verify();
    if (!v.ok)
        throw Failure(u"复制完成，但目标数据库的审计记录链核对不通过：%1"_s.arg(v.reason), Failure::Kind::Operation);
    if (ctx.json()) {
        QJsonObject tables;
        for (const auto &c : counts)
            tables.insert(c.table, c.rows);
        ctx.printJson(QJsonObject{{u"from"_s, source.path()}, {u"to"_s, target.path()}, {u"tables"_s, tables},
                                  {u"audit_entries"_s, v.entries}});
    } else {
        ctx.out() << u"已把 %1 复制到 %2，逐表核对无误：\n"_s.arg(source.path(), target.path());
        for (const auto &c : counts)
            ctx.out() << u"  "_s << c.table << u"\t"_s << c.rows << u'\n';
        ctx.out() << u"审计记录链完整（%1 条）。\n"_s.arg(v.entries);
    }
    return Ok;
}

const Registry::Registration grantReg(u"admin grant"_s, u"--login 登录名 --person 姓名 [--password-stdin]"_s,
                                      u"在数据库服务器上为人员开通登录名（密码从标准输入读取）"_s, adminGrant);
const Registry::Registration revokeReg(u"admin revoke"_s, u"--login 登录名"_s, u"收回数据库服务器上的登录名"_s,
                                       adminRevoke);
const Registry::Registration loginsReg(u"admin logins"_s, QString(), u"列出数据库服务器上的登录名及其人员"_s, adminLogins);
const Registry::Registration copyReg(u"db copy"_s, u"--from 源数据库 --to 目标数据库"_s,
                                     u"把整个数据库逐行复制到另一个（本机文件与 postgresql:// 服务器之间），核对后一次提交"_s,
                                     dbCopy);

} // namespace

} // namespace fazhi::cli

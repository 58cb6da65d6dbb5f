// SPDX-License-Identifier: GPL-3.0-or-later
// Who is acting (--as / FAZHI_USER), their password when they have one; fazhi user passwd.
#include "Cli.h"

#include "review/ReviewWorkflow.h"
#include "storage/PersonRepository.h"
#include "util/Failure.h"
#include "util/PasswordHash.h"

#include <QJsonObject>

#include <cstdio>
#include <termios.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace fazhi::cli {

namespace {

/// The name whose password this run has checked (or who has none).
QString &checkedName()
{
    static QString name;
    return name;
}

QString namedPerson() { return qEnvironmentVariable("FAZHI_USER").trimmed(); }

QString readLine(FILE *in)
{
    QByteArray line;
    char buffer[512];
    while (std::fgets(buffer, sizeof buffer, in)) {
        line += buffer;
        if (line.endsWith('\n'))
            break;
    }
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    return QString::fromUtf8(line);
}

} // namespace

QString readSecret(const QString &prompt)
{
    if (!::isatty(STDIN_FILENO))
        return readLine(stdin);
    printClean(stderr, prompt);
    std::fflush(stderr);
    termios saved{};
    const bool quiet = ::tcgetattr(STDIN_FILENO, &saved) == 0;
    if (quiet) {
        termios silent = saved;
        silent.c_lflag &= ~tcflag_t(ECHO);
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &silent);
    }
    const QString secret = readLine(stdin);
    if (quiet)
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
    std::fputs("\n", stderr);
    return secret;
}

void checkActingPassword(Database &db)
{
    const QString name = namedPerson();
    if (name.isEmpty() || name == checkedName())
        return;
    std::optional<Person> person;
    try {
        person = PersonRepository(db).findByName(name);
    } catch (const Failure &) {
        return; // a database without people: nobody to check
    }
    if (!person)
        return; // not a person of this database: the command that needs one says so
    if (person->hasPassword) {
        const QString password = qEnvironmentVariableIsSet("FAZHI_PASSWORD")
                                     ? qEnvironmentVariable("FAZHI_PASSWORD")
                                     : readSecret(u"请输入%1的密码："_s.arg(name));
        if (!PasswordHash::verify(PersonRepository(db).passwordHash(person->id), password))
            throw Failure(u"%1的密码不正确。"_s.arg(name), Failure::Kind::Operation);
    }
    checkedName() = name;
}

Person actingPerson(Context &ctx)
{
    const QString name = namedPerson();
    Database &db = ctx.db();
    // On a server the login decides who acts; the server checked its password.
    if (const auto me = PersonRepository(db).loggedIn()) {
        if (!name.isEmpty() && name != me->name)
            throw Failure(u"在数据库服务器上，操作人由登录名确定：您以“%1”的身份登录，不能以“%2”的名义操作。"_s.arg(me->name, name),
                          Failure::Kind::Input);
        return *me;
    }
    if (name.isEmpty())
        throw Failure(u"请用 --as 姓名（或环境变量 FAZHI_USER）指明操作人。"_s, Failure::Kind::Input);
    const auto person = PersonRepository(db).findByName(name);
    if (!person)
        throw Failure(u"没有名为“%1”的人员。请先用 fazhi user add 添加。"_s.arg(name), Failure::Kind::Input);
    checkActingPassword(db);
    return *person;
}

namespace {

/// A new password from standard input (typed twice on a terminal).
QString newPassword()
{
    const QString first = readSecret(u"新密码："_s);
    if (::isatty(STDIN_FILENO) && readSecret(u"再输入一次新密码："_s) != first)
        throw Failure(u"两次输入的密码不一致，密码没有改变。"_s, Failure::Kind::Input);
    if (first.isEmpty())
        throw Failure(u"密码不能为空；要取消密码请用 --clear。"_s, Failure::Kind::Input);
    return first;
}

int userPasswd(Context &ctx)
{
    const Options o(ctx.args(), {u"name"_s, u"as"_s}, {u"clear"_s, u"password-stdin"_s});
    if (o.has(u"as"_s))
        qputenv("FAZHI_USER", o.value(u"as"_s).toUtf8());
    const QString name = o.has(u"name"_s) ? o.value(u"name"_s).trimmed() : namedPerson();
    if (name.isEmpty())
        throw Failure(u"请用 --name 指明要设置密码的人员。"_s, Failure::Kind::Input);
    const Person actor = actingPerson(ctx);
    PersonRepository people(ctx.db());
    const auto person = people.findByName(name);
    if (!person)
        throw Failure(u"没有名为“%1”的人员。"_s.arg(name), Failure::Kind::Input);
    // Oneself (the password just checked), or an admin of the person's unit or a superior one.
    if (actor.id != person->id && !ReviewWorkflow(ctx.db(), actor).hasRole(Role::Admin, person->unitId, true))
        throw Failure(u"%1不能修改%2的密码：只有本人或其单位（或上级单位）的管理员可以修改。"_s.arg(actor.name, name),
                      Failure::Kind::Operation);
    const bool clear = o.has(u"clear"_s);
    people.setPasswordHash(person->id, clear ? QString() : PasswordHash::hash(newPassword()));
    if (ctx.json())
        ctx.printJson(QJsonObject{{u"name"_s, name}, {u"has_password"_s, !clear}});
    else
        ctx.out() << (clear ? u"已取消%1的密码。\n"_s : u"已设置%1的密码。\n"_s).arg(name);
    return Ok;
}

const Registry::Registration regUserPasswd(
    u"user passwd"_s, u"[--name 姓名] [--clear] [--as 姓名]"_s,
    u"设置或取消密码（本人或管理员；新密码从标准输入读取，操作人有密码时先读其密码）"_s, userPasswd);

} // namespace

} // namespace fazhi::cli

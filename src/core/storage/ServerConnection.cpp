// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/ServerConnection.h"

#include "storage/Sql.h"
#include "util/Failure.h"

#include <QHash>
#include <QMap>
#include <QMutex>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUrlQuery>

#include <libpq-fe.h>
#include <spdlog/spdlog.h>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace fazhi::server {

namespace {

PGconn *nativeHandle(const QSqlDatabase &db)
{
    if (!db.isValid() || !db.driver())
        return nullptr;
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || db.driverName() != u"QPSQL"_s)
        return nullptr;
    return *static_cast<PGconn *const *>(handle.constData());
}

QMutex passwordsLock;
QHash<QString, QString> &heldPasswords()
{
    static QHash<QString, QString> passwords;
    return passwords;
}

} // namespace

void holdPassword(const QString &display, const QString &password)
{
    const QMutexLocker locker(&passwordsLock);
    if (password.isEmpty())
        heldPasswords().remove(display);
    else
        heldPasswords().insert(display, password);
}

Address parse(const QString &location)
{
    const QUrl url(location.trimmed(), QUrl::StrictMode);
    const QString bad = u"“%1”不是有效的数据库服务器地址。应写作 postgresql://用户名@服务器:端口/数据库名。"_s;
    if (!url.isValid() || (url.host().isEmpty() && !QUrlQuery(url).hasQueryItem(u"host"_s)))
        throw Failure(bad.arg(url.toDisplayString(QUrl::RemovePassword)), Failure::Kind::Input);
    if (!url.password().isEmpty())
        throw Failure(u"数据库服务器地址里不能写密码（它会留在命令行、设置和日志里）。请把密码放在环境变量 PGPASSWORD "
                      u"或 ~/.pgpass 文件中，地址只写 postgresql://用户名@服务器:端口/数据库名。"_s,
                      Failure::Kind::Input);
    Address a;
    a.user = url.userName();
    a.host = url.host();
    a.port = url.port(5432);
    a.database = url.path().mid(1);
    if (a.database.isEmpty() || a.database.contains(u'/'))
        throw Failure(bad.arg(url.toDisplayString(QUrl::RemovePassword)), Failure::Kind::Input);
    QStringList options;
    const QUrlQuery query(url);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == u"host"_s) {
            a.host = value; // a socket directory, as libpq's own URIs allow
        } else if (key == u"sslmode"_s || key == u"connect_timeout"_s || key == u"application_name"_s
                   || key == u"sslrootcert"_s) {
            options << key + u'=' + value;
        } else if (key == u"password"_s) {
            throw Failure(u"数据库服务器地址里不能写密码。请把密码放在环境变量 PGPASSWORD 或 ~/.pgpass 文件中。"_s,
                          Failure::Kind::Input);
        } else {
            throw Failure(u"数据库服务器地址中的参数“%1”不受支持。"_s.arg(key), Failure::Kind::Input);
        }
    }
    if (!query.hasQueryItem(u"connect_timeout"_s))
        options << u"connect_timeout=10"_s;
    if (!query.hasQueryItem(u"application_name"_s))
        options << u"application_name=fazhi"_s;
    a.options = options.join(u';');
    QUrl shown = url;
    shown.setPassword({});
    a.display = shown.toString(QUrl::RemovePassword);
    return a;
}

QSqlDatabase connect(const Address &address, const QString &name)
{
    if (!QSqlDatabase::isDriverAvailable(u"QPSQL"_s))
        throw Failure(u"本机缺少 PostgreSQL 数据库驱动（Debian 软件包 libqt6sql6-psql），无法连接服务器。"_s,
                      Failure::Kind::Input);
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, name);
    db.setHostName(address.host);
    db.setPort(address.port);
    db.setUserName(address.user);
    db.setDatabaseName(address.database);
    db.setConnectOptions(address.options);
    // A password asked for in the connection dialog is held in memory; otherwise libpq takes it from
    // PGPASSWORD or ~/.pgpass.
    {
        const QMutexLocker locker(&passwordsLock);
        const auto held = heldPasswords().constFind(address.display);
        if (held != heldPasswords().cend())
            db.setPassword(*held);
    }
    if (!db.open()) {
        const QString err = db.lastError().text();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
        spdlog::error("cannot connect to {}: {}", address.display.toStdString(), err.toStdString());
        QString message = u"无法连接数据库服务器“%1”。请检查服务器地址、网络和登录名；密码请放在 PGPASSWORD 或 ~/.pgpass 中。"_s;
        if (err.contains(u"password authentication failed"_s) || err.contains(u"no password supplied"_s))
            message = u"数据库服务器“%1”拒绝了登录：用户名或密码不对（密码从 PGPASSWORD 或 ~/.pgpass 读取）。"_s;
        else if (err.contains(u"does not exist"_s))
            message = u"数据库服务器“%1”上没有这个数据库或登录名。"_s;
        throw Failure(message.arg(address.display), Failure::Kind::Input, err);
    }
    QSqlQuery q(db);
    // Dates are written by the program as ISO text in UTC; the session's settings only quiet the notices.
    if (!q.exec(u"SET client_min_messages = warning"_s))
        spdlog::warn("cannot set client_min_messages: {}", q.lastError().text().toStdString());
    return db;
}

QString encryptPassword(const QSqlDatabase &db, const QString &login, const QString &password)
{
    PGconn *conn = nativeHandle(db);
    if (!conn)
        throw Failure(u"数据库连接不可用。"_s, Failure::Kind::Operation);
    char *verifier = PQencryptPasswordConn(conn, password.toUtf8().constData(), login.toUtf8().constData(), nullptr);
    if (!verifier)
        throw Failure(u"无法为登录名“%1”生成密码校验值。"_s.arg(login), Failure::Kind::Operation,
                      QString::fromUtf8(PQerrorMessage(conn)));
    const QString result = QString::fromLatin1(verifier);
    PQfreemem(verifier);
    return result;
}

QString login(Database &database)
{
    if (database.engine() != Engine::Postgres)
        return {};
    // The address names it (no round trip); without a user name libpq chose one, which the server knows.
    const QString named = QUrl(database.path()).userName();
    if (!named.isEmpty())
        return named;
    QSqlQuery q = sql::run(database.connection(), u"SELECT session_user"_s);
    return q.next() ? q.value(0).toString() : QString();
}

bool isLost(const QSqlDatabase &db)
{
    if (!db.isOpen())
        return true; // closed by a reconnect that found the server still away
    PGconn *conn = nativeHandle(db);
    return !conn || PQstatus(conn) == CONNECTION_BAD;
}

bool reconnectIfLost(QSqlDatabase &db)
{
    if (!isLost(db))
        return true;
    spdlog::warn("connection to the server was lost; reconnecting");
    db.close();
    if (!db.open()) {
        spdlog::warn("reconnecting failed: {}", db.lastError().text().toStdString());
        return false;
    }
    QSqlQuery(db).exec(u"SET client_min_messages = warning"_s);
    return true;
}

void inspect(const QSqlDatabase &db, const QString &display, const QList<Migration> &known)
{
    QStringList tables;
    QSqlQuery t = sql::run(db, u"SELECT tablename FROM pg_catalog.pg_tables WHERE schemaname = current_schema()"_s);
    while (t.next())
        tables << t.value(0).toString();
    if (tables.isEmpty())
        return;
    if (!tables.contains(u"schema_migrations"_s))
        throw Failure(u"服务器上的数据库“%1”不是法治报告工作台的数据库（其中有其他程序的表），已拒绝使用，未作任何改动。"_s.arg(display),
                      Failure::Kind::Input);
    QMap<int, QString> applied;
    QSqlQuery m = sql::run(db, u"SELECT version, checksum FROM schema_migrations"_s);
    while (m.next())
        applied.insert(m.value(0).toInt(), m.value(1).toString());
    const int newestKnown = known.isEmpty() ? 0 : known.last().version;
    for (auto it = applied.cbegin(); it != applied.cend(); ++it) {
        if (it.key() > newestKnown)
            throw Failure(u"服务器上的数据库“%1”已由更新版本的法治报告工作台升级（结构版本 %2，本程序支持到 %3），"
                          u"已拒绝使用，未作任何改动。请升级程序后再连接。"_s
                              .arg(display)
                              .arg(applied.lastKey())
                              .arg(newestKnown),
                          Failure::Kind::Input);
        const auto match = std::find_if(known.cbegin(), known.cend(),
                                        [&](const Migration &mig) { return mig.version == it.key(); });
        if (match != known.cend() && match->checksum != it.value())
            throw Failure(u"服务器上的数据库结构迁移 %1（%2）与已应用的版本不一致（迁移文件被修改过），已拒绝使用，未作任何改动。"_s
                              .arg(it.key(), 4, 10, QChar(u'0'))
                              .arg(match->name),
                          Failure::Kind::Input);
    }
}

void execScript(const QSqlDatabase &db, const QString &script)
{
    PGconn *conn = nativeHandle(db);
    if (!conn)
        throw Failure(u"数据库连接不可用。"_s, Failure::Kind::Operation);
    PGresult *result = PQexec(conn, script.toUtf8().constData());
    const ExecStatusType status = PQresultStatus(result);
    if (status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK) {
        PQclear(result);
        return;
    }
    const QString state = QString::fromLatin1(PQresultErrorField(result, PG_DIAG_SQLSTATE));
    const QString text = QString::fromUtf8(PQresultErrorMessage(result)).trimmed();
    PQclear(result);
    spdlog::error("migration script failed: {} ({})", text.toStdString(), state.toStdString());
    if (state == u"42501"_s)
        throw Failure(u"服务器上的数据库结构需要升级，而当前登录名没有这个权限。请由数据库管理员用拥有该数据库的登录名打开一次。"_s,
                      Failure::Kind::Operation, text);
    throw Failure(u"升级数据库结构失败，数据库未作改动。"_s, Failure::Kind::Operation, text);
}

} // namespace fazhi::server

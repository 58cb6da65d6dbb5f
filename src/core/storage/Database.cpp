// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/Database.h"

#include "model/MetricCatalog.h"
#include "storage/Sql.h"
#include "util/Failure.h"
#include "util/Paths.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUuid>

#include <spdlog/spdlog.h>
#include <sqlite3.h>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace fazhi {

namespace {

constexpr char kSqliteMagic[] = "SQLite format 3";

QString migrationTable() { return u"schema_migrations"_s; }

/// Runs a whole SQL script (several statements) on the connection's native handle.
void execScript(const QSqlDatabase &db, const QString &script)
{
    sqlite3 *handle = *static_cast<sqlite3 *const *>(db.driver()->handle().constData());
    char *error = nullptr;
    const QByteArray utf8 = script.toUtf8();
    if (sqlite3_exec(handle, utf8.constData(), nullptr, nullptr, &error) != SQLITE_OK) {
        const QString text = QString::fromUtf8(error ? error : "unknown error");
        sqlite3_free(error);
        throw Failure(u"升级数据库结构失败：%1"_s.arg(text), Failure::Kind::Operation, text);
    }
}

} // namespace

Database::Database()
    : m_connectionName(u"fazhi-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
}

Database::~Database() { close(); }

QString Database::defaultPath()
{
    const QString env = qEnvironmentVariable("FAZHI_DB");
    if (!env.isEmpty())
        return env;
    return paths::dataDirectory() + u"/fazhi.sqlite"_s;
}

QList<Migration> Database::builtinMigrations()
{
    static const QRegularExpression pattern(u"^(\\d{4})_([a-z0-9_]+)\\.sql$"_s);
    QList<Migration> result;
    const QDir dir(u":/db/migrations"_s);
    for (const QString &fileName : dir.entryList({u"*.sql"_s}, QDir::Files, QDir::Name)) {
        const auto match = pattern.match(fileName);
        if (!match.hasMatch())
            continue;
        QFile file(dir.filePath(fileName));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QByteArray bytes = file.readAll();
        Migration m;
        m.version = match.captured(1).toInt();
        m.name = match.captured(2);
        m.sql = QString::fromUtf8(bytes);
        m.checksum = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
        result.append(m);
    }
    std::sort(result.begin(), result.end(), [](const Migration &a, const Migration &b) { return a.version < b.version; });
    return result;
}

void Database::inspectExisting(const QString &path)
{
    QFileInfo info(path);
    if (!info.exists() || info.size() == 0)
        return;
    if (info.isDir())
        throw Failure(u"“%1”是一个文件夹，不是数据库文件。"_s.arg(path), Failure::Kind::Input);

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw Failure(u"无法读取数据库文件“%1”：%2"_s.arg(path, file.errorString()), Failure::Kind::Input);
    const QByteArray head = file.read(16);
    file.close();
    if (!head.startsWith(QByteArray(kSqliteMagic)))
        throw Failure(u"“%1”不是法治报告工作台的数据库（不是 SQLite 文件），已拒绝打开，文件未作任何改动。"_s.arg(path),
                      Failure::Kind::Input);

    // Look inside read-only: nothing may be written before we know the schema is ours.
    const QString probeName = m_connectionName + u"-probe"_s;
    QMap<int, QString> applied;
    QString damage;
    {
        QSqlDatabase probe = QSqlDatabase::addDatabase(u"QSQLITE"_s, probeName);
        // immutable: SQLite creates no -wal/-shm files and takes no locks, so the folder stays as it was.
        probe.setDatabaseName(QString::fromLatin1(QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath()).toEncoded()) +
                              u"?immutable=1"_s);
        probe.setConnectOptions(u"QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"_s);
        if (!probe.open()) {
            damage = probe.lastError().text();
        } else {
            QSqlQuery q(probe);
            if (!q.exec(u"SELECT name FROM sqlite_master WHERE type = 'table'"_s)) {
                damage = q.lastError().text();
            } else {
                bool hasMigrations = false;
                while (q.next())
                    hasMigrations |= q.value(0).toString() == migrationTable();
                if (hasMigrations) {
                    QSqlQuery m(probe);
                    if (!m.exec(u"SELECT version, checksum FROM schema_migrations"_s))
                        damage = m.lastError().text();
                    while (m.next())
                        applied.insert(m.value(0).toInt(), m.value(1).toString());
                }
            }
        }
        probe.close();
    }
    QSqlDatabase::removeDatabase(probeName);

    if (!damage.isEmpty()) {
        spdlog::error("database {} unreadable: {}", path.toStdString(), damage.toStdString());
        throw Failure(u"数据库文件“%1”已损坏或无法读取，已拒绝打开，文件未作任何改动。请用备份恢复。"_s.arg(path),
                      Failure::Kind::Input, damage);
    }

    const QList<Migration> known = builtinMigrations();
    const int newestKnown = known.isEmpty() ? 0 : known.last().version;
    for (auto it = applied.cbegin(); it != applied.cend(); ++it) {
        if (it.key() > newestKnown)
            throw Failure(u"数据库“%1”由更新版本的法治报告工作台创建（结构版本 %2，本程序支持到 %3），"
                          u"已拒绝打开，文件未作任何改动。请升级程序后再打开。"_s
                              .arg(path)
                              .arg(applied.lastKey())
                              .arg(newestKnown),
                          Failure::Kind::Input);
        const auto match = std::find_if(known.cbegin(), known.cend(),
                                        [&](const Migration &m) { return m.version == it.key(); });
        if (match != known.cend() && match->checksum != it.value())
            throw Failure(u"数据库结构迁移 %1（%2）与已应用的版本不一致（迁移文件被修改过），已拒绝打开。"_s
                              .arg(it.key(), 4, 10, QChar(u'0'))
                              .arg(match->name),
                          Failure::Kind::Operation);
    }
}

void Database::open(const QString &path)
{
    close();
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath()))
        throw Failure(u"无法创建数据目录“%1”。"_s.arg(info.absolutePath()), Failure::Kind::Input);
    inspectExisting(path);

    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
    db.setDatabaseName(path);
    db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=5000"_s);
    if (!db.open()) {
        const QString err = db.lastError().text();
        QSqlDatabase::removeDatabase(m_connectionName);
        throw Failure(u"无法打开数据库“%1”：%2"_s.arg(path, err), Failure::Kind::Input, err);
    }
    m_path = path;
    try {
        sql::run(db, u"PRAGMA foreign_keys = ON"_s);
        sql::run(db, u"PRAGMA journal_mode = WAL"_s);
        sql::run(db, u"PRAGMA synchronous = FULL"_s);
        sql::run(db, u"PRAGMA busy_timeout = 5000"_s);
        migrate(builtinMigrations());
        syncMetricCatalogue();
    } catch (...) {
        close();
        throw;
    }
    spdlog::info("opened database {} (schema {})", path.toStdString(), schemaVersion());
}

void Database::close()
{
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    m_depth = 0;
}

bool Database::isOpen() const
{
    return QSqlDatabase::contains(m_connectionName) && QSqlDatabase::database(m_connectionName, false).isOpen();
}

QSqlDatabase Database::connection() const
{
    if (!isOpen())
        throw Failure(u"数据库尚未打开。"_s);
    return QSqlDatabase::database(m_connectionName, false);
}

int Database::schemaVersion() const
{
    QSqlQuery q = sql::run(connection(), u"SELECT COALESCE(MAX(version), 0) FROM schema_migrations"_s);
    return q.next() ? q.value(0).toInt() : 0;
}

void Database::migrate(const QList<Migration> &migrations)
{
    const QSqlDatabase db = connection();
    sql::run(db, u"CREATE TABLE IF NOT EXISTS schema_migrations ("
                 u"version INTEGER PRIMARY KEY, name TEXT NOT NULL, checksum TEXT NOT NULL, applied_at TEXT NOT NULL)"_s);
    const int current = schemaVersion();
    for (const Migration &m : migrations) {
        if (m.version <= current)
            continue;
        Transaction tx(*this);
        execScript(db, m.sql);
        sql::run(db, u"INSERT INTO schema_migrations (version, name, checksum, applied_at) VALUES (?, ?, ?, ?)"_s,
                 {m.version, m.name, m.checksum, QDateTime::currentDateTimeUtc().toString(Qt::ISODate)});
        tx.commit();
        spdlog::info("applied migration {:04d}_{}", m.version, m.name.toStdString());
    }
}

void Database::syncMetricCatalogue()
{
    const QSqlDatabase db = connection();
    Transaction tx(*this);
    for (const MetricDefinition &d : MetricCatalog::builtin().definitions()) {
        sql::run(db,
                 u"INSERT INTO metric_definitions (key, name, word, kind, topic, required_for, aliases, builtin) "
                 u"VALUES (?, ?, ?, ?, ?, ?, ?, 1) ON CONFLICT(key) DO UPDATE SET name = excluded.name, "
                 u"word = excluded.word, kind = excluded.kind, topic = excluded.topic, "
                 u"required_for = excluded.required_for, aliases = excluded.aliases"_s,
                 {d.key, d.name, d.word, metricKindKey(d.kind), d.topic, d.requiredFor.join(u','),
                  d.aliases.join(u'\n')});
    }
    tx.commit();
}

void Database::begin()
{
    const QSqlDatabase db = connection();
    if (m_depth == 0)
        sql::run(db, u"BEGIN IMMEDIATE"_s);
    else
        sql::run(db, u"SAVEPOINT sp%1"_s.arg(m_depth));
    ++m_depth;
}

void Database::commit()
{
    if (m_depth <= 0)
        return;
    --m_depth;
    const QSqlDatabase db = connection();
    if (m_depth == 0)
        sql::run(db, u"COMMIT"_s);
    else
        sql::run(db, u"RELEASE SAVEPOINT sp%1"_s.arg(m_depth));
}

void Database::rollback()
{
    if (m_depth <= 0 || !isOpen())
        return;
    --m_depth;
    QSqlQuery q(connection());
    if (m_depth == 0)
        q.exec(u"ROLLBACK"_s);
    else {
        q.exec(u"ROLLBACK TO SAVEPOINT sp%1"_s.arg(m_depth));
        q.exec(u"RELEASE SAVEPOINT sp%1"_s.arg(m_depth));
    }
}

} // namespace fazhi

// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/Database.h"

#include "model/MetricCatalog.h"
#include "storage/ServerConnection.h"
#include "storage/Sql.h"
#include "storage/SearchTokenizer.h"
#include "storage/SqlDialect.h"
#include "util/Failure.h"
#include "util/Paths.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMap>
#include <QMutex>
#include <QRegularExpression>
#include <QSet>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QUrl>
#include <QUuid>

#include <spdlog/spdlog.h>
#include <sqlite3.h>

#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace fazhi {

namespace {

constexpr char kSqliteMagic[] = "SQLite format 3";
constexpr int kBusyTimeoutMs = 5000;
/// A file up to this size is checked whole (PRAGMA quick_check, about 40 ms at this size) when opened; a
/// larger one before this process first writes to it, so that reading a province's database does not read
/// every page of it first.
constexpr qint64 kCheckWholeOnOpen = 64ll * 1024 * 1024;
const QString kCatalogueSetting = u"schema.metric_catalogue_sha256"_s;

QString migrationTable() { return u"schema_migrations"_s; }

/// The search index's tokenizer, for every connection of a process that links the storage layer (its own
/// and any other it opens on a database file: changing a report's text needs it).
const bool kTokenizerRegistered = [] {
    SearchTokenizer::registerForAllConnections();
    return true;
}();

/// The files (and server addresses) this process has connections to. The first connection to a file
/// inspects and migrates it; later ones only connect, so that nothing in the process opens the file outside
/// SQLite while SQLite holds locks on it. On a server the first connection's schema check stands for the
/// later ones too (the autosave writer's), which would otherwise spend a handful of round trips on it.
struct OpenFiles
{
    struct Entry
    {
        int connections = 0;
        bool immutable = false; ///< the medium is read-only: every connection opens it immutable
        bool checked = false;   ///< checked whole (quick_check) by this process
    };
    QMutex mutex;
    QHash<QString, Entry> entries;
};

OpenFiles &openFiles()
{
    static OpenFiles files;
    return files;
}

/// Identifies a file by device and inode, so that two spellings of one path are one file.
QString fileKey(const QString &path)
{
    struct stat st{};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return {};
    return u"%1:%2"_s.arg(quint64(st.st_dev)).arg(quint64(st.st_ino));
}

bool writable(const QString &path) { return ::access(QFile::encodeName(path).constData(), W_OK) == 0; }

QString uriFor(const QString &path, const QString &query)
{
    return QString::fromLatin1(QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath()).toEncoded()) + u'?' + query;
}

sqlite3 *nativeHandle(const QSqlDatabase &db)
{
    return *static_cast<sqlite3 *const *>(db.driver()->handle().constData());
}

/// Runs a whole SQL script (several statements) on the connection's native handle.
void execScript(const QSqlDatabase &db, const QString &script)
{
    sqlite3 *handle = nativeHandle(db);
    char *error = nullptr;
    const QByteArray utf8 = script.toUtf8();
    if (sqlite3_exec(handle, utf8.constData(), nullptr, nullptr, &error) != SQLITE_OK) {
        const QString text = QString::fromUtf8(error ? error : "unknown error");
        sqlite3_free(error);
        spdlog::error("migration script failed: {}", text.toStdString());
        throw Failure(u"升级数据库结构失败，数据库未作改动。"_s, Failure::Kind::Operation, text);
    }
}

/// What the first 100 bytes of an existing database file say.
struct Header
{
    bool empty = true;      ///< zero bytes: a database SQLite has created but not yet written
    bool wal = false;       ///< file format version numbers 2: WAL mode
    quint32 applicationId = 0;
};

Header readHeader(const QString &path)
{
    Header h;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw Failure(u"无法读取数据库文件“%1”。"_s.arg(path), Failure::Kind::Input, file.errorString());
    const QByteArray head = file.read(100);
    file.close();
    if (head.isEmpty())
        return h;
    h.empty = false;
    if (head.size() < 100 || !head.startsWith(QByteArray(kSqliteMagic, sizeof kSqliteMagic)))
        throw Failure(u"“%1”不是法治报告工作台的数据库（不是 SQLite 文件），已拒绝打开，文件未作任何改动。"_s.arg(path),
                      Failure::Kind::Input);
    h.wal = head.at(18) == 2 && head.at(19) == 2;
    const auto byte = [&](int i) { return quint32(quint8(head.at(i))); };
    h.applicationId = byte(68) << 24 | byte(69) << 16 | byte(70) << 8 | byte(71);
    return h;
}

QString catalogueHash()
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const MetricDefinition &d : MetricCatalog::builtin().definitions()) {
        for (const QString &field : {d.key, d.name, d.word, metricKindKey(d.kind), d.topic, d.requiredFor.join(u','),
                                     d.aliases.join(u'\n')}) {
            hash.addData(field.toUtf8());
            hash.addData(QByteArrayView("\x1f", 1));
        }
        hash.addData(QByteArrayView("\x1e", 1));
    }
    return QString::fromLatin1(hash.result().toHex());
}

/// One read-only look inside: the tables, the applied migrations, and what is wrong (empty when sound).
QString probeOnce(const QString &path, const Header &header, bool immutable, bool whole, const QString &probeName,
                  QStringList *tables, QMap<int, QString> *applied)
{
    // A rollback-journal file, or a WAL file whose log is present, is read with locks (a writer in
    // another process may be at work); a WAL file without a log, or one on a read-only medium, is read
    // immutable, which creates no -wal or -shm file beside it.
    const QString wal = path + u"-wal"_s;
    const bool useImmutable = immutable || (header.wal && QFileInfo(wal).size() == 0);
    QString damage;
    {
        QSqlDatabase probe = QSqlDatabase::addDatabase(u"QSQLITE"_s, probeName);
        probe.setDatabaseName(uriFor(path, useImmutable ? u"immutable=1"_s : u"mode=ro"_s));
        probe.setConnectOptions(u"QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI;QSQLITE_BUSY_TIMEOUT=%1"_s.arg(kBusyTimeoutMs));
        if (!probe.open()) {
            damage = probe.lastError().text();
        } else {
            QSqlQuery q(probe);
            if (!q.exec(u"SELECT name FROM sqlite_master WHERE type = 'table'"_s)) {
                damage = q.lastError().text();
            } else {
                while (q.next())
                    *tables << q.value(0).toString();
                if (tables->contains(migrationTable())) {
                    QSqlQuery m(probe);
                    if (!m.exec(u"SELECT version, checksum FROM schema_migrations"_s))
                        damage = m.lastError().text();
                    while (m.next())
                        applied->insert(m.value(0).toInt(), m.value(1).toString());
                }
                // A large file that needs no migration: its schema and the tables above were read; the
                // whole file waits for the first write (Database::begin).
                const QList<Migration> known = Database::builtinMigrations();
                const bool current = !applied->isEmpty() && !known.isEmpty() && applied->lastKey() >= known.last().version;
                QString quickCheck = u"ok"_s;
                if (damage.isEmpty() && (whole || !current)) {
                    QSqlQuery check(probe);
                    if (check.exec(u"PRAGMA quick_check(1)"_s) && check.next())
                        quickCheck = check.value(0).toString();
                    else
                        damage = check.lastError().text();
                }
                if (damage.isEmpty() && quickCheck != u"ok"_s)
                    damage = quickCheck;
            }
        }
        probe.close();
    }
    QSqlDatabase::removeDatabase(probeName);
    return damage;
}

/// Looks inside an existing file without writing anything, and refuses what is not ours or not sound
/// (`whole`: every page, else the schema and the migration records). Runs only while the process has no
/// connection to the file.
void inspect(const QString &path, bool immutable, bool whole, const QString &probeName)
{
    const Header header = readHeader(path);
    if (header.empty)
        return;

    QStringList tables;
    QMap<int, QString> applied;
    QString damage;
    // Another process may be creating or checkpointing the file this very moment; what looks damaged is
    // looked at again for a moment before the file is refused.
    QElapsedTimer waited;
    waited.start();
    for (int attempt = 0;; ++attempt) {
        tables.clear();
        applied.clear();
        damage = probeOnce(path, header, immutable, whole, probeName, &tables, &applied);
        if (damage.isEmpty() || waited.elapsed() > 1000)
            break;
        spdlog::warn("database {} looked unreadable (attempt {}): {}", path.toStdString(), attempt + 1,
                     damage.toStdString());
        QThread::msleep(50);
    }

    if (!damage.isEmpty()) {
        spdlog::error("database {} unreadable: {}", path.toStdString(), damage.toStdString());
        throw Failure(u"数据库文件“%1”已损坏或无法读取，已拒绝打开，文件未作任何改动。请用备份恢复。"_s.arg(path),
                      Failure::Kind::Input, damage);
    }

    const bool ours = header.applicationId == quint32(Database::kApplicationId);
    const bool legacy = header.applicationId == 0 && tables.contains(migrationTable()) && tables.contains(u"units"_s);
    if (!tables.isEmpty() && !ours && !legacy) {
        if (header.applicationId == 0 && tables.contains(u"units"_s) && tables.contains(u"reports"_s))
            throw Failure(u"数据库“%1”缺少结构版本记录，无法确认其结构，已拒绝打开，文件未作任何改动。请用备份恢复。"_s.arg(path),
                          Failure::Kind::Input);
        throw Failure(u"“%1”是其他程序的 SQLite 数据库，不是法治报告工作台的数据库，已拒绝打开，文件未作任何改动。"_s.arg(path),
                      Failure::Kind::Input);
    }
    if (ours && !tables.contains(migrationTable()))
        throw Failure(u"数据库“%1”缺少结构版本记录，无法确认其结构，已拒绝打开，文件未作任何改动。请用备份恢复。"_s.arg(path),
                      Failure::Kind::Input);

    const QList<Migration> known = Database::builtinMigrations();
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
            throw Failure(u"数据库结构迁移 %1（%2）与已应用的版本不一致（迁移文件被修改过），已拒绝打开，文件未作任何改动。"_s
                              .arg(it.key(), 4, 10, QChar(u'0'))
                              .arg(match->name),
                          Failure::Kind::Input);
    }
}

/// Refuses what cannot be a database file path, before anything is created.
void checkPath(const QString &path)
{
    static const QRegularExpression url(u"^[A-Za-z][A-Za-z0-9+.-]*://"_s);
    if (path.trimmed().isEmpty())
        throw Failure(u"没有给出数据库文件的路径。"_s, Failure::Kind::Input);
    if (path == u":memory:"_s || path.startsWith(u"file::memory:"_s))
        throw Failure(u"不能使用内存数据库（:memory:）：关闭后所有内容都会丢失。请给出数据库文件的路径。"_s,
                      Failure::Kind::Input);
    if (url.match(path).hasMatch()) {
        const QString scheme = path.section(u':', 0, 0).toLower();
        throw Failure(u"“%1”不是数据库文件的路径（不支持 %2:// 地址）。"_s.arg(path, scheme), Failure::Kind::Input);
    }
    const QFileInfo info(path);
    if (info.isDir())
        throw Failure(u"“%1”是一个文件夹，不是数据库文件。"_s.arg(path), Failure::Kind::Input);
    if (info.exists() && !info.isFile())
        throw Failure(u"“%1”不是普通文件（设备、管道或套接字），不能用作数据库。"_s.arg(path), Failure::Kind::Input);
}

} // namespace

Database::Database()
    : m_connectionName(u"fazhi-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    SearchTokenizer::registerForAllConnections();
}

Database::~Database() { close(); }

QString Database::defaultPath()
{
    const QString env = qEnvironmentVariable("FAZHI_DB");
    if (!env.isEmpty())
        return env;
    return paths::dataDirectory() + u"/fazhi.sqlite"_s;
}

QList<Migration> Database::builtinMigrations(Engine engine)
{
    // SQLite's in db/migrations, their PostgreSQL twins under the same numbers in db/migrations/postgresql.
    const auto load = [](const QString &folder) {
        static const QRegularExpression pattern(u"^(\\d{4})_([a-z0-9_]+)\\.sql$"_s);
        QList<Migration> result;
        const QDir dir(folder);
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
        std::sort(result.begin(), result.end(),
                  [](const Migration &a, const Migration &b) { return a.version < b.version; });
        return result;
    };
    static const QList<Migration> sqlite = load(u":/db/migrations"_s);
    static const QList<Migration> postgres = load(u":/db/migrations/postgresql"_s);
    return engine == Engine::Postgres ? postgres : sqlite;
}

void Database::open(const QString &path, Access access)
{
    close();
    if (dialect::isServerAddress(path)) {
        openServer(path, access);
        return;
    }
    checkPath(path);
    const QFileInfo info(path);
    const QString folder = info.absolutePath();
    if (!info.exists() && !QDir().mkpath(folder))
        throw Failure(u"无法创建数据目录“%1”。"_s.arg(folder), Failure::Kind::Input);

    OpenFiles &files = openFiles();
    QMutexLocker lock(&files.mutex);
    const QString existingKey = fileKey(path);
    if (!existingKey.isEmpty()) {
        const auto it = files.entries.find(existingKey);
        if (it != files.entries.end()) {
            // Inspected and migrated by this process's first connection: only connect.
            const bool readOnly = access == Access::ReadOnly || it->immutable || !writable(path);
            connect(path, readOnly, it->immutable);
            ++it->connections;
            m_registryKey = existingKey;
            return;
        }
    }

    const bool exists = info.exists() && info.size() > 0;
    const bool folderWritable = writable(folder);
    if (!info.exists() && !folderWritable)
        throw Failure(u"无法在只读的文件夹“%1”中创建数据库。"_s.arg(folder), Failure::Kind::Input);
    const bool mediumReadOnly = info.exists() && (!writable(path) || !folderWritable);
    // Where no -shm file can be made, or the file itself cannot be written, read it as immutable unless
    // its log holds committed data that only a locking reader sees.
    const bool walHasData = QFileInfo(path + u"-wal"_s).size() > 0;
    const bool immutable = mediumReadOnly && (!folderWritable || !walHasData);
    const bool readOnly = access == Access::ReadOnly || mediumReadOnly;
    const bool checkWhole = info.size() <= kCheckWholeOnOpen;
    if (exists)
        inspect(path, immutable, checkWhole, m_connectionName + u"-probe"_s);

    connect(path, readOnly, immutable);
    try {
        if (readOnly) {
            const QList<Migration> known = builtinMigrations();
            if (!known.isEmpty() && schemaVersion() < known.last().version)
                throw Failure(u"数据库“%1”是只读的，而它的结构需要升级后才能由本程序使用。请把它复制到可写的位置再打开。"_s.arg(path),
                              Failure::Kind::Input);
        } else {
            migrate(builtinMigrations());
        }
    } catch (...) {
        close();
        throw;
    }
    m_registryKey = fileKey(path);
    OpenFiles::Entry &entry = files.entries[m_registryKey];
    entry.immutable = immutable;
    entry.checked = checkWhole || !exists;
    ++entry.connections;
    spdlog::info("opened database {} (schema {}{})", path.toStdString(), schemaVersion(), readOnly ? ", read-only" : "");
}

void Database::openServer(const QString &location, Access access)
{
    const server::Address address = server::parse(location);
    QSqlDatabase db = server::connect(address, m_connectionName);
    m_engine = Engine::Postgres;
    m_path = address.display;
    m_readOnly = access == Access::ReadOnly;
    bool first = true;
    try {
        if (m_readOnly)
            control(u"SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY"_s);
        OpenFiles &files = openFiles();
        QMutexLocker lock(&files.mutex);
        const QString key = u"server:"_s + m_path;
        first = !files.entries.contains(key);
        if (first) {
            // The first connection of this process to the server: check the schema and migrate.
            const QList<Migration> known = builtinMigrations(Engine::Postgres);
            server::inspect(db, m_path, known);
            if (m_readOnly) {
                if (!known.isEmpty() && schemaVersion() < known.last().version)
                    throw Failure(u"服务器上的数据库“%1”需要升级结构后才能使用，而本次以只读方式连接。"_s.arg(m_path),
                                  Failure::Kind::Input);
            } else {
                migrate(known);
            }
        }
        ++files.entries[key].connections;
        m_registryKey = key;
    } catch (...) {
        close();
        throw;
    }
    if (first)
        spdlog::info("connected to {} (schema {}{})", m_path.toStdString(), schemaVersion(), m_readOnly ? ", read-only" : "");
    else
        spdlog::info("connected to {} again{}", m_path.toStdString(), m_readOnly ? ", read-only" : "");
}

void Database::control(const QString &statement)
{
    // Transaction control and session settings cannot be prepared on PostgreSQL: sent as they are.
    QSqlDatabase db = connection();
    QSqlQuery q(db);
    if (!q.exec(statement)) {
        spdlog::warn("sql failed: {} [{}]", q.lastError().text().toStdString(), statement.toStdString());
        throw sql::failureFor(db, q.lastError());
    }
}

void Database::connect(const QString &path, bool readOnly, bool immutable)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
    if (readOnly) {
        db.setDatabaseName(uriFor(path, immutable ? u"immutable=1"_s : u"mode=ro"_s));
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI;QSQLITE_BUSY_TIMEOUT=%1"_s.arg(kBusyTimeoutMs));
    } else {
        db.setDatabaseName(path);
        db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=%1"_s.arg(kBusyTimeoutMs));
    }
    if (!db.open()) {
        const QString err = db.lastError().text();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
        spdlog::error("cannot open database {}: {}", path.toStdString(), err.toStdString());
        throw Failure(u"无法打开数据库“%1”。"_s.arg(path), Failure::Kind::Input, err);
    }
    m_path = path;
    m_readOnly = readOnly;
    try {
        sql::run(db, u"PRAGMA foreign_keys = ON"_s);
        if (!readOnly)
            sql::run(db, u"PRAGMA synchronous = FULL"_s);
    } catch (...) {
        close();
        throw;
    }
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
    m_engine = Engine::Sqlite;
    if (!m_registryKey.isEmpty()) {
        OpenFiles &files = openFiles();
        QMutexLocker lock(&files.mutex);
        const auto it = files.entries.find(m_registryKey);
        if (it != files.entries.end() && --it->connections <= 0)
            files.entries.erase(it);
        m_registryKey.clear();
    }
}

bool Database::isOpen() const
{
    return QSqlDatabase::contains(m_connectionName) && QSqlDatabase::database(m_connectionName, false).isOpen();
}

QSqlDatabase Database::connection() const
{
    // A server that restarted, or a network that came back: connect again, unless a transaction was under
    // way (its work is gone; the caller's rollback ends it and the next call connects).
    if (m_engine == Engine::Postgres && QSqlDatabase::contains(m_connectionName)) {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (m_depth == 0 && !server::reconnectIfLost(db))
            throw Failure(u"与数据库服务器的连接断开了，修改没有保存。请检查网络，连接恢复后再试。"_s, Failure::Kind::Operation);
        return db;
    }
    if (!isOpen())
        throw Failure(u"数据库尚未打开。"_s);
    return QSqlDatabase::database(m_connectionName, false);
}

bool Database::isConnectionLost() const
{
    if (m_engine != Engine::Postgres)
        return false;
    return !QSqlDatabase::contains(m_connectionName)
           || server::isLost(QSqlDatabase::database(m_connectionName, false));
}

int Database::schemaVersion() const
{
    if (!dialect::tableExists(connection(), migrationTable()))
        return 0;
    QSqlQuery q = sql::run(connection(), u"SELECT COALESCE(MAX(version), 0) FROM schema_migrations"_s);
    return q.next() ? q.value(0).toInt() : 0;
}

void Database::migrate(const QList<Migration> &migrations)
{
    const QSqlDatabase db = connection();
    // Switching to WAL needs a moment alone with the file; several processes opening a new database at
    // once wait for each other here.
    QElapsedTimer waited;
    waited.start();
    for (; m_engine == Engine::Sqlite;) {
        QSqlQuery q(db);
        if (q.exec(u"PRAGMA journal_mode = WAL"_s) && q.next() && q.value(0).toString().compare(u"wal"_s, Qt::CaseInsensitive) == 0)
            break;
        if (waited.elapsed() > kBusyTimeoutMs) {
            spdlog::error("cannot switch {} to WAL: {}", m_path.toStdString(), q.lastError().text().toStdString());
            throw Failure(u"数据库正被其他程序占用，请稍后再试。"_s, Failure::Kind::Operation, q.lastError().text());
        }
        QThread::msleep(20);
    }

    const int newest = migrations.isEmpty() ? 0 : migrations.last().version;
    const QString catalogue = catalogueHash();
    const auto storedCatalogue = [&] {
        if (!dialect::tableExists(db, u"settings"_s))
            return QString();
        QSqlQuery q = sql::run(db, u"SELECT value FROM settings WHERE key = ?"_s, {kCatalogueSetting});
        return q.next() ? q.value(0).toString() : QString();
    };
    if (schemaVersion() == newest && newest > 0 && storedCatalogue() == catalogue)
        return; // nothing to write: opening stays a pure read

    // One immediate transaction for everything: a second process waits here, then finds the work done.
    Transaction tx(*this);
    // On a server, clients starting at once wait for each other here and the later ones find the work done.
    dialect::lockForAppend(db, u"migrate"_s);
    if (m_engine == Engine::Postgres)
        server::inspect(db, m_path, migrations);
    sql::run(db, u"CREATE TABLE IF NOT EXISTS schema_migrations ("
                 u"version INTEGER PRIMARY KEY, name TEXT NOT NULL, checksum TEXT NOT NULL, applied_at TEXT NOT NULL)"_s);
    const int current = schemaVersion();
    for (const Migration &m : migrations) {
        if (m.version <= current)
            continue;
        if (m_engine == Engine::Postgres)
            server::execScript(db, m.sql);
        else
            execScript(db, m.sql);
        sql::run(db, u"INSERT INTO schema_migrations (version, name, checksum, applied_at) VALUES (?, ?, ?, ?)"_s,
                 {m.version, m.name, m.checksum, QDateTime::currentDateTimeUtc().toString(Qt::ISODate)});
        spdlog::info("applying migration {:04d}_{}", m.version, m.name.toStdString());
    }
    if (storedCatalogue() != catalogue) {
        syncMetricCatalogue();
        sql::run(db, u"INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value"_s,
                 {kCatalogueSetting, catalogue});
    }
    tx.commit();
}

void Database::syncMetricCatalogue()
{
    const QSqlDatabase db = connection();
    for (const MetricDefinition &d : MetricCatalog::builtin().definitions()) {
        sql::run(db,
                 u"INSERT INTO metric_definitions (key, name, word, kind, topic, required_for, aliases, builtin) "
                 u"VALUES (?, ?, ?, ?, ?, ?, ?, 1) ON CONFLICT(key) DO UPDATE SET name = excluded.name, "
                 u"word = excluded.word, kind = excluded.kind, topic = excluded.topic, "
                 u"required_for = excluded.required_for, aliases = excluded.aliases"_s,
                 {d.key, d.name, d.word, metricKindKey(d.kind), d.topic, d.requiredFor.join(u','),
                  d.aliases.join(u'\n')});
    }
}

void Database::checkWholeFile()
{
    if (m_engine != Engine::Sqlite || m_readOnly || m_registryKey.isEmpty())
        return;
    {
        OpenFiles &files = openFiles();
        QMutexLocker lock(&files.mutex);
        const auto it = files.entries.find(m_registryKey);
        if (it == files.entries.end() || it->checked)
            return;
    }
    QElapsedTimer timer;
    timer.start();
    QSqlQuery check(connection());
    const bool ran = check.exec(u"PRAGMA quick_check(1)"_s) && check.next();
    const QString result = ran ? check.value(0).toString() : check.lastError().text();
    spdlog::info("checked {} whole before the first write: {} ({} ms)", m_path.toStdString(), result.toStdString(),
                 timer.elapsed());
    if (result == u"ok"_s) {
        OpenFiles &files = openFiles();
        QMutexLocker lock(&files.mutex);
        if (const auto it = files.entries.find(m_registryKey); it != files.entries.end())
            it->checked = true;
    } else {
        throw Failure(u"数据库文件“%1”已损坏，已拒绝写入，文件未作任何改动。请用备份恢复。"_s.arg(m_path),
                      Failure::Kind::Operation, result);
    }
}

void Database::begin(Writes writes)
{
    const QSqlDatabase db = connection();
    if (m_depth == 0 && !m_readOnly && writes == Writes::Content)
        checkWholeFile();
    if (m_depth == 0)
        control(dialect::beginStatement(m_engine, m_readOnly));
    else
        control(u"SAVEPOINT sp%1"_s.arg(m_depth));
    ++m_depth;
}

void Database::commit()
{
    if (m_depth <= 0)
        return;
    const QSqlDatabase db = connection();
    // The level is left only once COMMIT (or RELEASE) succeeded: a failed COMMIT keeps the transaction
    // open, and the caller's rollback must still find it.
    if (m_depth == 1)
        control(u"COMMIT"_s);
    else
        control(u"RELEASE SAVEPOINT sp%1"_s.arg(m_depth - 1));
    --m_depth;
}

void Database::rollback()
{
    if (m_depth <= 0)
        return;
    --m_depth;
    if (!isOpen())
        return;
    // Never reconnects (nor throws) here: a rollback runs from destructors, and a lost connection has
    // rolled back already.
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    bool ok = true;
    if (m_depth == 0) {
        ok = q.exec(u"ROLLBACK"_s);
    } else {
        ok = q.exec(u"ROLLBACK TO SAVEPOINT sp%1"_s.arg(m_depth)) && q.exec(u"RELEASE SAVEPOINT sp%1"_s.arg(m_depth));
    }
    if (!ok) {
        // Nothing to roll back is harmless (SQLite may have ended the transaction itself); anything else
        // is worth a line in the log.
        const QString error = q.lastError().text();
        if (!error.contains(u"no transaction"_s))
            spdlog::error("rollback on {} failed: {}", m_path.toStdString(), error.toStdString());
    }
}

} // namespace fazhi

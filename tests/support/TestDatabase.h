// SPDX-License-Identifier: GPL-3.0-or-later
// Where a storage, review or overview test keeps its database: a SQLite file, or — when the suite runs
// with FAZHI_TEST_ENGINE=postgresql — a fresh database on the test server tests/pg/pg-server.sh started.
#pragma once

#include <QAtomicInt>
#include <QCoreApplication>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QTemporaryDir>
#include <QUuid>

#include <catch2/catch.hpp>

#include <unistd.h>

namespace fazhi::test {

/// The test server started by tests/pg/pg-server.sh: its folder (socket and port file) and port.
struct TestServer
{
    QString folder;
    int port = 0;

    /// The server of this test run; a test that needs it and finds none fails (it never passes unrun).
    static TestServer get()
    {
        TestServer s;
        const QString state = qEnvironmentVariable("FAZHI_TEST_PG_DIR");
        QFile portFile(state + QStringLiteral("/port"));
        QFile folderFile(state + QStringLiteral("/folder"));
        if (state.isEmpty() || !portFile.open(QIODevice::ReadOnly) || !folderFile.open(QIODevice::ReadOnly))
            FAIL("no PostgreSQL test server: run through ctest (fixture pg_server) or tests/pg/pg-server.sh start DIR");
        s.port = QString::fromLatin1(portFile.readAll()).trimmed().toInt();
        s.folder = QString::fromLocal8Bit(folderFile.readAll()).trimmed();
        return s;
    }
    /// An address the program opens: `login` over TCP (password from PGPASSFILE), or the superuser over the
    /// socket when `login` is empty.
    QString address(const QString &database, const QString &login = {}) const
    {
        if (login.isEmpty())
            return QStringLiteral("postgresql://postgres@localhost:%1/%2?host=%3").arg(port).arg(database, folder);
        return QStringLiteral("postgresql://%1@127.0.0.1:%2/%3").arg(login).arg(port).arg(database);
    }
    /// A plain QPSQL connection named `name`, as `login` (over TCP) or as the superuser (socket).
    QSqlDatabase connect(const QString &name, const QString &database, const QString &login = {}) const
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(login.isEmpty() ? folder : QStringLiteral("127.0.0.1"));
        db.setPort(port);
        db.setUserName(login.isEmpty() ? QStringLiteral("postgres") : login);
        db.setDatabaseName(database);
        INFO(db.lastError().text().toStdString());
        REQUIRE(db.open());
        return db;
    }
    /// Runs `statement` as the superuser on `database`.
    void admin(const QString &statement, const QString &database = QStringLiteral("postgres")) const
    {
        const QString name = QStringLiteral("admin-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
        {
            QSqlDatabase db = connect(name, database);
            QSqlQuery q(db);
            INFO(statement.toStdString());
            INFO(q.lastError().text().toStdString());
            const bool ok = q.exec(statement);
            INFO(q.lastError().text().toStdString());
            REQUIRE(ok);
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
};

/// True when this test run uses the PostgreSQL engine: FAZHI_TEST_PG_DIR names the test server's state
/// folder (or FAZHI_TEST_ENGINE=postgresql asks for it, and a missing server then fails the test).
inline bool serverEngine()
{
    return qEnvironmentVariable("FAZHI_TEST_ENGINE") == QStringLiteral("postgresql")
           || !qEnvironmentVariableIsEmpty("FAZHI_TEST_PG_DIR");
}

/// One test's database: a file in `dir`, or a database of its own on the test server, dropped at the end.
class TestDatabase
{
public:
    TestDatabase(const QTemporaryDir &dir, const QString &fileName)
    {
        if (!serverEngine()) {
            m_location = dir.filePath(fileName);
            return;
        }
        static QAtomicInt counter;
        m_server = TestServer::get();
        m_name = QStringLiteral("fazhi_test_%1_%2").arg(::getpid()).arg(counter.fetchAndAddRelaxed(1));
        m_server.admin(QStringLiteral("CREATE DATABASE %1").arg(m_name));
        m_location = m_server.address(m_name);
    }
    ~TestDatabase()
    {
        if (m_name.isEmpty())
            return;
        const QString name = QStringLiteral("drop-") + m_name;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
            db.setHostName(m_server.folder);
            db.setPort(m_server.port);
            db.setUserName(QStringLiteral("postgres"));
            db.setDatabaseName(QStringLiteral("postgres"));
            if (db.open())
                QSqlQuery(db).exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_name));
        }
        QSqlDatabase::removeDatabase(name);
    }
    TestDatabase(const TestDatabase &) = delete;
    TestDatabase &operator=(const TestDatabase &) = delete;

    /// What Database::open and `fazhi --db` take.
    const QString &location() const { return m_location; }
    bool isServer() const { return !m_name.isEmpty(); }
    const QString &serverDatabase() const { return m_name; }
    const TestServer &server() const { return m_server; }
    /// A plain connection outside the program (to tamper with stored rows): the file, or the superuser.
    QSqlDatabase raw(const QString &connectionName) const
    {
        if (isServer())
            return m_server.connect(connectionName, m_name);
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
        db.setDatabaseName(m_location);
        REQUIRE(db.open());
        return db;
    }

private:
    QString m_location;
    QString m_name;
    TestServer m_server;
};

} // namespace fazhi::test

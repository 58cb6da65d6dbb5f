// SPDX-License-Identifier: GPL-3.0-or-later
// What tests share: temporary folders, fixture paths, running the CLI.
#pragma once

#include "TestDatabase.h"

#include <QByteArray>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <ostream>

#include <unistd.h>

inline std::ostream &operator<<(std::ostream &os, const QString &s) { return os << s.toStdString(); }

namespace fazhi::test {

/// Path of a real published report in shared/fixtures/reports.
inline QString fixture(const QString &name) { return QStringLiteral(FAZHI_FIXTURES_DIR "/") + name; }
/// Path of a file in tests/data.
inline QString testData(const QString &name) { return QStringLiteral(FAZHI_TEST_DATA_DIR "/") + name; }

inline QString readText(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return QString::fromUtf8(f.readAll());
}

/// Writes `bytes` to `path`, replacing what was there.
inline void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    REQUIRE(f.write(bytes) == bytes.size());
}

inline QByteArray sha256(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex();
}

struct CliResult
{
    int exitCode = -1;
    QString out;
    QString err;
};

/// Runs the built `fazhi` with `args` on the database `db`; data directory inside `dataDir`.
inline CliResult runCli(const QString &db, const QStringList &args, const QString &dataDir = {},
                        const QByteArray &stdinData = {})
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("FAZHI_DB"));
    if (!dataDir.isEmpty())
        env.insert(QStringLiteral("FAZHI_DATA_DIR"), dataDir);
    p.setProcessEnvironment(env);
    QStringList all;
    if (!db.isEmpty())
        all << QStringLiteral("--db") << db;
    all << args;
    p.start(QStringLiteral(FAZHI_CLI_PATH), all);
    if (!stdinData.isEmpty())
        p.write(stdinData);
    p.closeWriteChannel();
    p.waitForFinished(60000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

/// The JSON document `r` printed, required to be well formed; the exit status is the caller's to check.
inline QJsonDocument parseJsonDocument(const CliResult &r)
{
    INFO(r.err.toStdString());
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8(), &error);
    INFO(r.out.toStdString());
    REQUIRE(error.error == QJsonParseError::NoError);
    return doc;
}

/// The JSON object `r` printed (see parseJsonDocument).
inline QJsonObject parseJson(const CliResult &r)
{
    const QJsonDocument doc = parseJsonDocument(r);
    INFO(r.out.toStdString());
    REQUIRE(doc.isObject());
    return doc.object();
}

/// A temporary database and data directory with the CLI run against them.
struct CliSession
{
    QTemporaryDir dir;
    TestDatabase where{dir, QStringLiteral("cli.sqlite")};
    QString db = where.location();

    CliResult operator()(const QStringList &args) { return runCli(db, args, dir.filePath(QStringLiteral("data"))); }

    /// Runs with --json, requires exit 0 and well-formed JSON, and returns it.
    QJsonValue json(const QStringList &args)
    {
        const CliResult r = (*this)(QStringList{QStringLiteral("--json")} + args);
        {
            INFO(r.err.toStdString());
            REQUIRE(r.exitCode == 0);
        }
        const QJsonDocument doc = parseJsonDocument(r);
        return doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
    }
};

/// Shows the folder `source` read-only at `target` for this process: a read-only bind mount as root (root
/// ignores permission bits), permission bits otherwise. `ok` is false, with a warning saying why, where
/// neither is possible.
struct ReadOnlyFolder
{
    QString path;
    bool mounted = false;
    bool ok = false;
    ReadOnlyFolder(const QString &source, const QString &target) : path(target)
    {
        QDir().mkpath(target);
        if (::geteuid() != 0) {
            QFile::setPermissions(source, QFileDevice::ReadOwner | QFileDevice::ExeOwner);
            path = source;
            ok = true;
            return;
        }
        const int bind = QProcess::execute(QStringLiteral("mount"), {QStringLiteral("--bind"), source, target});
        const int ro = bind == 0 ? QProcess::execute(QStringLiteral("mount"),
                                                     {QStringLiteral("-o"), QStringLiteral("remount,bind,ro"), target})
                                 : -1;
        mounted = bind == 0;
        ok = ro == 0;
        if (!ok)
            WARN("cannot make a read-only bind mount here (mount exit " << bind << "/" << ro << ")");
    }
    ~ReadOnlyFolder()
    {
        if (mounted)
            QProcess::execute(QStringLiteral("umount"), {path});
    }
    ReadOnlyFolder(const ReadOnlyFolder &) = delete;
    ReadOnlyFolder &operator=(const ReadOnlyFolder &) = delete;
};

} // namespace fazhi::test

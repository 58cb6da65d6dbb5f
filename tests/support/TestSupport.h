// SPDX-License-Identifier: GPL-3.0-or-later
// What tests share: temporary folders, fixture paths, running the CLI.
#pragma once

#include <QByteArray>
#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <ostream>

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

} // namespace fazhi::test

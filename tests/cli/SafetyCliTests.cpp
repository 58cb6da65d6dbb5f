// SPDX-License-Identifier: GPL-3.0-or-later
// The command line under attack: full disks, device nodes and FIFOs as -o, odd --db values, numbers a
// column cannot hold, control characters and escape sequences, and what every failure says and returns.
#include "FullDisk.h"
#include "TestSupport.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <sys/un.h>

using namespace fazhi;
using namespace Qt::StringLiterals;

namespace {

const QString reportFile = test::testData(u"render/jiangjin-cgj-2025.md"_s);

/// Escape sequences, a bell, a C1 control and a right-to-left override: what a hostile name would carry.
const QString hostile = u"某某\x1b[31m局\x07\x1b]0;owned\x07\u202e\u0085"_s;

bool hasRawControl(const QString &text)
{
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if ((u < 0x20 && u != u'\n' && u != u'\t') || (u >= 0x7f && u <= 0x9f) || (u >= 0x202a && u <= 0x202e)
            || (u >= 0x2066 && u <= 0x2069))
            return true;
    }
    return false;
}

mode_t fileType(const QString &path)
{
    struct stat st {};
    REQUIRE(::lstat(QFile::encodeName(path).constData(), &st) == 0);
    return st.st_mode & S_IFMT;
}

/// English system or driver text that must never reach the clerk.
void requireNoEnglishSystemText(const QString &err)
{
    for (const QString &english : {u"No space"_s, u"Unknown error"_s, u"disk I/O"_s, u"Permission denied"_s,
                                   u"No such file"_s, u"Is a directory"_s})
        CHECK_FALSE(err.contains(english));
}

QString unitId(test::CliSession &cli, const QString &name)
{
    const QJsonObject unit = cli.json({u"unit"_s, u"add"_s, u"--name"_s, name}).toObject();
    return QString::number(unit.value(u"id"_s).toInteger());
}

} // namespace

TEST_CASE("safety: an export onto a full disk fails with 磁盘空间不足 and keeps the old file", "[cli][safety][disk]")
{
    test::FullDisk disk;
    FAZHI_REQUIRE_FULL_DISK(disk);
    test::CliSession cli;
    for (const QString &format : {u"txt"_s, u"md"_s, u"html"_s, u"docx"_s, u"pdf"_s}) {
        INFO(format.toStdString());
        const QString out = disk.filePath(u"报告."_s + format);
        const QByteArray old = QByteArray("the export of last week, which must survive\n").repeated(50);
        test::writeFile(out, old);
        const QByteArray before = test::sha256(out);
        disk.fill();
        const QStringList entries = disk.entries();

        const test::CliResult r = cli({u"render"_s, reportFile, u"--format"_s, format, u"-o"_s, out});
        CHECK(r.exitCode == 1);
        CHECK(r.err.contains(u"磁盘空间不足"_s));
        CHECK_FALSE(r.out.contains(u"已导出"_s));
        requireNoEnglishSystemText(r.err);
        CHECK(test::sha256(out) == before);  // byte for byte the old file
        CHECK(disk.entries() == entries);    // no temporary file left behind

        // With the space back, the same command writes the export: the failure above was the disk's.
        disk.drain();
        const test::CliResult ok = cli({u"render"_s, reportFile, u"--format"_s, format, u"-o"_s, out});
        CHECK(ok.exitCode == 0);
        CHECK(test::sha256(out) != before);
        CHECK(QFileInfo(out).size() > 1000);
    }
}

TEST_CASE("safety: -o refuses FIFOs, device nodes, sockets and links to them, and leaves them as they were",
          "[cli][safety][device]")
{
    test::CliSession cli;
    const QString fifo = cli.dir.filePath(u"pipe"_s);
    REQUIRE(::mkfifo(QFile::encodeName(fifo).constData(), 0644) == 0);
    QStringList targets{fifo};

    // A node like /dev/full (char 1:7), made in the test's own folder: the real /dev is never touched.
    const QString node = cli.dir.filePath(u"full"_s);
    if (::mknod(QFile::encodeName(node).constData(), S_IFCHR | 0666, makedev(1, 7)) == 0)
        targets << node;
    else
        WARN("cannot make a device node here (not root?): " << std::strerror(errno) << "; FIFO and socket only");

    const QString socketPath = cli.dir.filePath(u"sock"_s);
    const int s = ::socket(AF_UNIX, SOCK_STREAM, 0);
    REQUIRE(s >= 0);
    sockaddr_un addr{};
    addr.sun_family = AF_UNIX;
    const QByteArray encoded = QFile::encodeName(socketPath);
    REQUIRE(size_t(encoded.size()) < sizeof addr.sun_path);
    std::memcpy(addr.sun_path, encoded.constData(), size_t(encoded.size()));
    REQUIRE(::bind(s, reinterpret_cast<sockaddr *>(&addr), sizeof addr) == 0);
    targets << socketPath;

    const QString link = cli.dir.filePath(u"link-to-pipe.txt"_s);
    REQUIRE(QFile::link(fifo, link));
    targets << link;

    for (const QString &target : std::as_const(targets)) {
        INFO(target.toStdString());
        const mode_t type = fileType(target);
        const test::CliResult r = cli({u"render"_s, reportFile, u"--format"_s, u"txt"_s, u"-o"_s, target});
        CHECK(r.exitCode == 2);
        CHECK(r.err.contains(u"不是普通文件"_s));
        CHECK(fileType(target) == type); // still a FIFO, a device, a socket, a link
    }
    ::close(s);
    CHECK(fileType(fifo) == S_IFIFO);
    // No temporary file was left beside them.
    CHECK(QDir(cli.dir.path()).entryList({u".*"_s}, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot)
              .isEmpty());

    const test::CliResult folder = cli({u"render"_s, reportFile, u"--format"_s, u"txt"_s, u"-o"_s, cli.dir.path()});
    CHECK(folder.exitCode == 2);
    CHECK(folder.err.contains(u"文件夹"_s));
    const test::CliResult noFolder =
        cli({u"render"_s, reportFile, u"--format"_s, u"txt"_s, u"-o"_s, cli.dir.filePath(u"无/报告.txt"_s)});
    CHECK(noFolder.exitCode == 2);
    CHECK(noFolder.err.contains(u"不存在"_s));
}

TEST_CASE("safety: -o - writes the export to standard output, and a full one fails with exit 1",
          "[cli][safety][stdout]")
{
    test::CliSession cli;
    const QString file = cli.dir.filePath(u"a.txt"_s);
    REQUIRE(cli({u"render"_s, reportFile, u"-o"_s, file}).exitCode == 0);
    const test::CliResult piped = cli({u"render"_s, reportFile, u"--format"_s, u"txt"_s, u"-o"_s, u"-"_s});
    CHECK(piped.exitCode == 0);
    CHECK(piped.out == test::readText(file)); // the export itself, and nothing else
    CHECK_FALSE(QFile::exists(cli.dir.filePath(u"-"_s)));

    const test::CliResult docx = cli({u"render"_s, reportFile, u"--format"_s, u"docx"_s, u"-o"_s, u"-"_s});
    CHECK(docx.exitCode == 0);
    CHECK(docx.out.startsWith(u"PK"_s));

    const test::CliResult noFormat = cli({u"render"_s, reportFile, u"-o"_s, u"-"_s});
    CHECK(noFormat.exitCode == 2);
    CHECK(noFormat.err.contains(u"--format"_s));

    // Standard output on a device that is always full, like /dev/full (made here, char 1:7).
    const QString node = cli.dir.filePath(u"full"_s);
    if (::mknod(QFile::encodeName(node).constData(), S_IFCHR | 0666, makedev(1, 7)) != 0) {
        WARN("SKIPPED the full standard output: cannot make a device node: " << std::strerror(errno));
        return;
    }
    QProcess p;
    p.setStandardOutputFile(node);
    p.start(QStringLiteral(FAZHI_CLI_PATH), {u"render"_s, reportFile, u"--format"_s, u"txt"_s, u"-o"_s, u"-"_s});
    if (!p.waitForStarted(60000)) {
        WARN("SKIPPED the full standard output: the device node cannot be opened here (nodev?)");
        return;
    }
    REQUIRE(p.waitForFinished(60000));
    const QString err = QString::fromUtf8(p.readAllStandardError());
    INFO(err.toStdString());
    CHECK(p.exitCode() == 1);
    CHECK(err.contains(u"磁盘空间不足"_s));
}

TEST_CASE("safety: --db must name a database file: empty and :memory: are usage errors", "[cli][safety][db]")
{
    QTemporaryDir dir;
    const QString data = dir.filePath(u"data"_s);
    for (const QStringList &args : {QStringList{u"--db"_s, QString(), u"unit"_s, u"list"_s},
                                    QStringList{u"--db="_s, u"unit"_s, u"list"_s},
                                    QStringList{u"--db"_s, u"  "_s, u"unit"_s, u"list"_s},
                                    QStringList{u"--db"_s, u":memory:"_s, u"unit"_s, u"add"_s, u"--name"_s, u"某局"_s}}) {
        INFO(args.join(u' ').toStdString());
        const test::CliResult r = test::runCli(QString(), args, data);
        CHECK(r.exitCode == 2);
        CHECK((r.err.contains(u"--db"_s) || r.err.contains(u":memory:"_s)));
        CHECK(r.out.isEmpty());
    }
    // Nothing was opened instead: the default database in the data folder was never made.
    const QStringList made = QDir(data).entryList({u"*.sqlite*"_s, u"*.db"_s}, QDir::Files);
    CHECK(made.isEmpty());
}

TEST_CASE("safety: a database that cannot be opened is exit 2 for every command", "[cli][safety][db]")
{
    test::CliSession cli;
    test::writeFile(cli.db, QByteArray("this is not a database at all\n").repeated(40));
    const QByteArray before = test::sha256(cli.db);
    for (const QStringList &args : {QStringList{u"unit"_s, u"list"_s}, QStringList{u"check"_s, u"--report"_s, u"1"_s},
                                    QStringList{u"render"_s, u"--report"_s, u"1"_s, u"-o"_s, cli.dir.filePath(u"x.txt"_s)}}) {
        INFO(args.join(u' ').toStdString());
        const test::CliResult r = cli(args);
        CHECK(r.exitCode == 2);
        CHECK(r.err.startsWith(u"错误："_s));
    }
    CHECK(test::sha256(cli.db) == before);
}

TEST_CASE("safety: metric set refuses a value the column would round", "[cli][safety][value]")
{
    test::CliSession cli;
    const QString unit = unitId(cli, u"重庆市江津区城市管理局"_s);
    const QJsonObject report = cli.json({u"report"_s, u"new"_s, u"--unit"_s, unit, u"--year"_s, u"2025"_s}).toObject();
    const QString id = QString::number(report.value(u"id"_s).toInteger());
    const auto set = [&](const QString &value) {
        return cli({u"metric"_s, u"set"_s, u"--report"_s, id, u"--key"_s, u"enforcement_cases"_s, u"--value"_s, value});
    };
    for (const QString &tooBig : {u"99999999999999999999999999"_s, u"9007199254740993"_s, u"1234567890123456"_s,
                                  u"0.1234567890123456"_s, u"100000000000亿"_s}) {
        INFO(tooBig.toStdString());
        const test::CliResult r = set(tooBig);
        CHECK(r.exitCode == 2);
        CHECK(r.err.contains(u"无法精确保存"_s));
    }
    CHECK(cli.json({u"metric"_s, u"list"_s, u"--report"_s, id}).toArray().isEmpty()); // nothing stored

    REQUIRE(set(u"123456789012345"_s).exitCode == 0); // 15 digits: stored exactly
    const QJsonArray stored = cli.json({u"metric"_s, u"list"_s, u"--report"_s, id}).toArray();
    REQUIRE(stored.size() == 1);
    CHECK(stored.at(0).toObject().value(u"value"_s).toDouble() == 123456789012345.0);
    REQUIRE(set(u"1.9万余"_s).exitCode == 0);
    CHECK(cli.json({u"metric"_s, u"list"_s, u"--report"_s, id}).toArray().at(0).toObject().value(u"value"_s).toDouble()
          == 19000.0);
}

TEST_CASE("safety: control characters and escape sequences are stripped from options and never printed raw",
          "[cli][safety][control]")
{
    test::CliSession cli;
    const test::CliResult added = cli({u"unit"_s, u"add"_s, u"--name"_s, hostile});
    REQUIRE(added.exitCode == 0);
    CHECK_FALSE(hasRawControl(added.out));
    const QJsonArray units = cli.json({u"unit"_s, u"list"_s}).toArray();
    REQUIRE(units.size() == 1);
    CHECK(units.at(0).toObject().value(u"full_name"_s).toString() == u"某某局"_s); // stored clean
    const QString id = QString::number(units.at(0).toObject().value(u"id"_s).toInteger());

    const QJsonObject report = cli.json({u"report"_s, u"new"_s, u"--unit"_s, id, u"--year"_s, u"2025"_s}).toObject();
    const QString rid = QString::number(report.value(u"id"_s).toInteger());
    REQUIRE(cli({u"problem"_s, u"add"_s, u"--report"_s, rid, u"--text"_s, u"问题\x01\x1b[2J一"_s, u"--reason"_s,
                 u"原因\u2066二\u2069"_s})
                .exitCode == 0);
    REQUIRE(cli({u"metric"_s, u"set"_s, u"--report"_s, rid, u"--key"_s, u"enforcement_cases"_s, u"--value"_s,
                 u"12"_s, u"--note"_s, u"说明\x1b[1m三"_s})
                .exitCode == 0);
    const QJsonArray problems = cli.json({u"problem"_s, u"list"_s, u"--report"_s, rid}).toArray();
    REQUIRE(problems.size() == 1);
    CHECK(problems.at(0).toObject().value(u"text"_s).toString() == u"问题一"_s);
    CHECK(problems.at(0).toObject().value(u"reason"_s).toString() == u"原因二"_s);

    for (const QString &format : {u"txt"_s, u"md"_s, u"html"_s}) {
        INFO(format.toStdString());
        const QString out = cli.dir.filePath(u"r."_s + format);
        REQUIRE(cli({u"render"_s, u"--report"_s, rid, u"-o"_s, out}).exitCode == 0);
        CHECK_FALSE(hasRawControl(test::readText(out)));
    }
    // An option echoed in a message is cleaned too.
    const test::CliResult bad = cli({u"metric"_s, u"set"_s, u"--report"_s, rid, u"--key"_s, u"enforcement_cases"_s,
                                     u"--value"_s, u"\x1b]0;x\x07" "abc"_s});
    CHECK(bad.exitCode == 2);
    CHECK_FALSE(hasRawControl(bad.err));
    const test::CliResult unknown = cli({u"unit"_s, u"list"_s, u"--\x1b[31mred"_s});
    CHECK(unknown.exitCode == 2);
    CHECK_FALSE(hasRawControl(unknown.err));
}

TEST_CASE("safety: stored text with control characters (old data) reaches neither the terminal nor an export raw",
          "[cli][safety][control]")
{
    test::CliSession cli;
    const QString id = unitId(cli, u"某某局"_s);
    const QJsonObject report = cli.json({u"report"_s, u"new"_s, u"--unit"_s, id, u"--year"_s, u"2025"_s}).toObject();
    const QString rid = QString::number(report.value(u"id"_s).toInteger());
    REQUIRE(cli({u"problem"_s, u"add"_s, u"--report"_s, rid, u"--text"_s, u"旧问题"_s}).exitCode == 0);
    {
        // Data written before input was cleaned, or by another program: made here directly in the file.
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"old-data"_s);
        db.setDatabaseName(cli.db);
        REQUIRE(db.open());
        QSqlQuery q(db);
        REQUIRE(q.prepare(u"UPDATE units SET full_name = ?"_s));
        q.addBindValue(hostile);
        REQUIRE(q.exec());
        REQUIRE(q.prepare(u"UPDATE problems SET text = ?"_s));
        q.addBindValue(hostile);
        REQUIRE(q.exec());
        db.close();
    }
    QSqlDatabase::removeDatabase(u"old-data"_s);

    for (const QStringList &args : {QStringList{u"unit"_s, u"list"_s}, QStringList{u"report"_s, u"list"_s},
                                    QStringList{u"report"_s, u"show"_s, rid},
                                    QStringList{u"problem"_s, u"list"_s, u"--report"_s, rid}}) {
        INFO(args.join(u' ').toStdString());
        const test::CliResult r = cli(args);
        CHECK(r.exitCode == 0);
        CHECK(r.out.contains(u"某某"_s));
        CHECK_FALSE(hasRawControl(r.out));
    }
    for (const QString &format : {u"txt"_s, u"md"_s, u"html"_s}) {
        INFO(format.toStdString());
        const test::CliResult r = cli({u"render"_s, u"--report"_s, rid, u"--format"_s, format, u"-o"_s, u"-"_s});
        CHECK(r.exitCode == 0);
        CHECK(r.out.contains(u"某某局"_s));
        CHECK_FALSE(hasRawControl(r.out));
    }
}

TEST_CASE("safety: check returns 2 for bad input and 1 when the operation fails, as every command does",
          "[cli][safety][check]")
{
    test::CliSession cli;
    CHECK(cli({u"check"_s, cli.dir.filePath(u"missing.md"_s)}).exitCode == 2);
    const QString id = unitId(cli, u"重庆市江津区城市管理局"_s);
    REQUIRE(cli({u"report"_s, u"new"_s, u"--unit"_s, id, u"--year"_s, u"2025"_s}).exitCode == 0);
    {
        // The waivers table is gone: reading it fails, which is no fault of the command's input.
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"damage"_s);
        db.setDatabaseName(cli.db);
        REQUIRE(db.open());
        REQUIRE(QSqlQuery(db).exec(u"DROP TABLE finding_waivers"_s));
        db.close();
    }
    QSqlDatabase::removeDatabase(u"damage"_s);
    const test::CliResult r = cli({u"check"_s, u"--report"_s, u"1"_s});
    INFO(r.err.toStdString());
    CHECK(r.exitCode == 1);
    CHECK(r.err.startsWith(u"错误："_s));
}

TEST_CASE("safety: every command answers --help with its usage and exit 0, opening no database", "[cli][safety][help]")
{
    test::CliSession cli;
    const test::CliResult all = cli({u"help"_s});
    REQUIRE(all.exitCode == 0);
    QStringList commands;
    for (const QString &line : all.out.split(u'\n')) {
        if (!line.startsWith(u"  "_s))
            continue;
        // "  report new --unit ID …": the command words are those before the first option or argument
        QStringList words;
        for (const QString &w : line.trimmed().split(u' ', Qt::SkipEmptyParts)) {
            if (!w.front().isLower() || !w.front().isLetter() || w.size() < 3)
                break;
            words << w;
        }
        if (!words.isEmpty())
            commands << words.join(u' ');
    }
    commands.removeDuplicates();
    INFO(all.out.toStdString());
    REQUIRE(commands.size() >= 10);
    for (const QString &command : std::as_const(commands)) {
        for (const QString &flag : {u"--help"_s, u"-h"_s}) {
            INFO(QString(command + u' ' + flag).toStdString());
            const test::CliResult r = cli(command.split(u' ') + QStringList{flag});
            CHECK(r.exitCode == 0);
            CHECK(r.out.contains(u"用法：fazhi"_s));
            CHECK(r.out.contains(command));
        }
    }
    const test::CliResult group = cli({u"report"_s, u"--help"_s});
    CHECK(group.exitCode == 0);
    CHECK(group.out.contains(u"report new"_s));
    CHECK(group.out.contains(u"report list"_s));
    const test::CliResult helpRender = cli({u"help"_s, u"render"_s});
    CHECK(helpRender.exitCode == 0);
    CHECK(helpRender.out.contains(u"-o"_s));
    CHECK_FALSE(QFile::exists(cli.db));
}

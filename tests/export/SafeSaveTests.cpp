// SPDX-License-Identifier: GPL-3.0-or-later
// Exporter::write, the path the GUI's export takes as well: every format through ExportFile's safe save.
#include "ExportTestSupport.h"
#include "FullDisk.h"

#include "ExportFile.h"
#include "ExportFormats.h"
#include "Exporter.h"

#include <QFileInfo>

#include <sys/stat.h>

using namespace fazhi;
using namespace fazhi::test;
using namespace Qt::StringLiterals;

TEST_CASE("export: every format on a full disk fails, says 磁盘空间不足 and keeps the old file", "[export][safety]")
{
    FullDisk disk;
    FAZHI_REQUIRE_FULL_DISK(disk);
    const ReportDocument doc = fixtureDocument(u"jiangjin-cgj-2025"_s);
    for (const QString &format : ExportFormats::keys()) {
        INFO(format.toStdString());
        const QString path = disk.filePath(u"old."_s + format);
        writeFile(path, QByteArray("an earlier export\n").repeated(100));
        const QByteArray before = sha256(path);
        disk.fill();
        const QStringList entries = disk.entries();
        const auto exporter = Exporter::create(format);
        REQUIRE(exporter);
        CHECK_FALSE(exporter->write(doc, path));
        CHECK(exporter->errorString().contains(u"磁盘空间不足"_s));
        CHECK(exporter->errorKind() == Failure::Kind::Operation);
        CHECK(sha256(path) == before);
        CHECK(disk.entries() == entries);
        disk.drain();
        CHECK(exporter->write(doc, path));
        CHECK(sha256(path) != before);
    }
}

TEST_CASE("export: the safe save refuses a FIFO and follows a link to a regular file", "[export][safety]")
{
    QTemporaryDir dir;
    const QString fifo = dir.filePath(u"fifo.txt"_s);
    REQUIRE(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
    const auto txt = Exporter::create(u"txt"_s);
    const ReportDocument doc = fixtureDocument(u"siping-town-2025"_s);
    CHECK_FALSE(txt->write(doc, fifo));
    CHECK(txt->errorKind() == Failure::Kind::Input);
    CHECK(txt->errorString().contains(u"命名管道"_s));
    CHECK(QFileInfo(fifo).exists());
    CHECK_FALSE(QFileInfo(fifo).isFile());

    // A link to a regular file: the file it names gets the export, the link stays a link.
    const QString real = dir.filePath(u"real.txt"_s);
    writeFile(real, "old");
    const QString link = dir.filePath(u"link.txt"_s);
    REQUIRE(QFile::link(real, link));
    REQUIRE(txt->write(doc, link));
    CHECK(QFileInfo(link).isSymLink());
    CHECK(readText(real).contains(u"四屏镇"_s));
}

TEST_CASE("export: the safe save keeps the old file's permissions, a new file gets the umask's", "[export][safety]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"a.md"_s);
    writeFile(path, "old");
    REQUIRE(::chmod(QFile::encodeName(path).constData(), 0640) == 0);
    ExportFile::save(path, "new");
    struct stat st {};
    REQUIRE(::stat(QFile::encodeName(path).constData(), &st) == 0);
    CHECK((st.st_mode & 07777) == 0640);
    CHECK(readText(path) == u"new"_s);

    const mode_t old = ::umask(022);
    const QString fresh = dir.filePath(u"b.md"_s);
    ExportFile::save(fresh, "new");
    ::umask(old);
    REQUIRE(::stat(QFile::encodeName(fresh).constData(), &st) == 0);
    CHECK((st.st_mode & 07777) == 0644);
    CHECK(QDir(dir.path()).entryList({u".*"_s}, QDir::Files | QDir::Hidden).isEmpty());
}

TEST_CASE("export: one table of formats names every exporter, aliases included", "[export]")
{
    CHECK(ExportFormats::keys() == QStringList{u"pdf"_s, u"docx"_s, u"ofd"_s, u"html"_s, u"txt"_s, u"md"_s});
    CHECK(Exporter::formats() == ExportFormats::keys());
    for (const ExportFormat &f : ExportFormats::all()) {
        INFO(f.key.toStdString());
        const auto e = Exporter::create(f.key);
        REQUIRE(e);
        CHECK(e->format() == f.key);
        for (const QString &alias : f.aliases)
            CHECK(Exporter::create(alias.toUpper())->format() == f.key);
    }
    CHECK_FALSE(Exporter::create(u"odt"_s));
}

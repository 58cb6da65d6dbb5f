// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/OfficeConverter.h"

#include "import/ImportLimits.h"
#include "util/Failure.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace fazhi {

QString OfficeConverter::program()
{
    if (const QString set = qEnvironmentVariable("FAZHI_SOFFICE"); !set.isEmpty())
        return QFileInfo(set).isExecutable() ? set : QString();
    for (const QString &name : {u"soffice"_s, u"libreoffice"_s})
        if (const QString found = QStandardPaths::findExecutable(name); !found.isEmpty())
            return found;
    return {};
}

QByteArray OfficeConverter::toDocx(const QString &path)
{
    const QFileInfo source(path);
    const QString soffice = program();
    if (soffice.isEmpty())
        throw Failure(u"读取“%1”需要 LibreOffice，但本机没有安装。请安装软件包 libreoffice-writer-nogui"
                      u"（sudo apt-get install libreoffice-writer-nogui），或在 Word、WPS 中把它另存为 .docx 后再导入。"_s
                          .arg(source.fileName()),
                      Failure::Kind::Input);
    QTemporaryDir work;
    if (!work.isValid())
        throw Failure(u"无法创建临时文件夹，不能转换“%1”。"_s.arg(source.fileName()), Failure::Kind::Operation,
                      work.errorString());
    // LibreOffice names its output after the input: a copy with a plain name avoids surprises with names
    // that start with "-" or carry characters the shell or LibreOffice would treat specially.
    const QString input = work.filePath(u"input."_s + source.suffix().toLower());
    if (!QFile::copy(path, input))
        throw Failure(u"无法读取文件“%1”。"_s.arg(path), Failure::Kind::Input);
    const QString outDir = work.filePath(u"out"_s);
    QDir().mkpath(outDir);

    // The import filter named for what the file is: left to guess, LibreOffice reads a damaged Word file as
    // plain text and "converts" it. Kingsoft's .wps is a Word 97 file.
    QByteArray head;
    {
        QFile f(input);
        if (f.open(QIODevice::ReadOnly))
            head = f.read(8);
    }
    QStringList args{u"-env:UserInstallation="_s + QUrl::fromLocalFile(work.filePath(u"profile"_s)).toString(),
                     u"--headless"_s, u"--invisible"_s, u"--nologo"_s, u"--norestore"_s, u"--nolockcheck"_s};
    if (head.startsWith("\xD0\xCF\x11\xE0"))
        args << u"--infilter=MS Word 97"_s;
    else if (head.startsWith("{\\rtf"))
        args << u"--infilter=Rich Text Format"_s;
    args << u"--convert-to"_s << u"docx:MS Word 2007 XML"_s << u"--outdir"_s << outDir << input;
    QProcess process;
    process.setProgram(soffice);
    process.setArguments(args);
    process.setProcessChannelMode(QProcess::MergedChannels);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"DISPLAY"_s);
    env.remove(u"WAYLAND_DISPLAY"_s);
    env.insert(u"SAL_USE_VCLPLUGIN"_s, u"svp"_s);
    env.insert(u"HOME"_s, work.path());
    process.setProcessEnvironment(env);
    process.start();
    if (!process.waitForStarted(10000))
        throw Failure(u"无法启动 LibreOffice（%1），不能转换“%2”。"_s.arg(soffice, source.fileName()),
                      Failure::Kind::Operation, process.errorString());
    process.closeWriteChannel();
    if (!process.waitForFinished(kTimeoutMs)) {
        process.kill();
        process.waitForFinished(5000);
        throw Failure(u"LibreOffice 在 %1 秒内没有转换完“%2”，已停止。文件可能已损坏或过大。"_s
                          .arg(kTimeoutMs / 1000)
                          .arg(source.fileName()),
                      Failure::Kind::Operation);
    }
    const QString log = QString::fromLocal8Bit(process.readAll());
    QFile out(QDir(outDir).filePath(u"input.docx"_s));
    if (process.exitStatus() != QProcess::NormalExit || !out.exists())
        throw Failure(u"LibreOffice 无法读取“%1”：文件可能已损坏，或不是 Word、WPS、RTF 文档。"
                      u"请在 Word 或 WPS 中打开它并另存为 .docx 后再导入。"_s.arg(source.fileName()),
                      Failure::Kind::Input, log);
    if (!out.open(QIODevice::ReadOnly))
        throw Failure(u"无法读回 LibreOffice 转换的结果。"_s, Failure::Kind::Operation, out.errorString());
    return out.readAll();
}

} // namespace fazhi

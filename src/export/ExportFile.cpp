// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExportFile.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace fazhi {

bool ExportFile::write(const QString &path, const QByteArray &data, QString *error)
{
    const auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (path.isEmpty())
        return fail(u"没有给出输出文件的路径。"_s);
    const QFileInfo info(path);
    if (info.isDir())
        return fail(u"无法写入“%1”：这是一个文件夹。"_s.arg(path));
    if (!info.absoluteDir().exists())
        return fail(
            u"无法写入“%1”：文件夹“%2”不存在。"_s.arg(path, QDir::toNativeSeparators(info.absolutePath())));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(u"无法写入“%1”：%2"_s.arg(path, file.errorString()));
    if (file.write(data) != data.size()) {
        const QString why = file.errorString();
        file.cancelWriting();
        return fail(u"写入“%1”时出错：%2"_s.arg(path, why));
    }
    if (!file.commit())
        return fail(u"无法保存“%1”：%2"_s.arg(path, file.errorString()));
    return true;
}

} // namespace fazhi

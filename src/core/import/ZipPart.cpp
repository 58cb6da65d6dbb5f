// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/ZipPart.h"

#include "import/ImportLimits.h"
#include "util/Failure.h"

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipfileinfo.h>

using namespace Qt::StringLiterals;

namespace fazhi::zippart {

void refuseOversize(const QString &kind, const QString &name, qint64 size)
{
    throw Failure(u"%1 文件中的内容过大（解压后超过 %2 MB），不像是一份年度报告，无法导入。"_s.arg(kind).arg(
                      ImportLimits::kMaxDocxPartBytes / 1048576),
                  Failure::Kind::Input, u"%1 inflates to %2 bytes"_s.arg(name).arg(size));
}

bool select(QuaZip &zip, const QString &name, const QString &kind)
{
    if (!zip.setCurrentFile(name, QuaZip::csInsensitive))
        return false;
    QuaZipFileInfo64 info;
    if (zip.getCurrentFileInfo(&info) && info.uncompressedSize > quint64(ImportLimits::kMaxDocxPartBytes))
        refuseOversize(kind, name, qint64(info.uncompressedSize));
    return true;
}

bool read(QuaZip &zip, const QString &name, QByteArray &out, const QString &kind)
{
    if (!select(zip, name, kind))
        return false;
    QuaZipFile file(&zip);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    // In chunks, never trusting the size the package claims.
    out.clear();
    char chunk[65536];
    for (qint64 n; (n = file.read(chunk, sizeof chunk)) > 0;) {
        out.append(chunk, qsizetype(n));
        if (out.size() > ImportLimits::kMaxDocxPartBytes)
            refuseOversize(kind, name, out.size());
    }
    file.close();
    return true;
}

} // namespace fazhi::zippart

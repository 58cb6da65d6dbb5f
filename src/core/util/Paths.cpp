// SPDX-License-Identifier: GPL-3.0-or-later
#include "util/Paths.h"

#include <QDir>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace fazhi::paths {

QString dataDirectory()
{
    QString dir = qEnvironmentVariable("FAZHI_DATA_DIR");
    if (dir.isEmpty())
        dir = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + u"/fazhi-studio"_s;
    QDir().mkpath(dir);
    return dir;
}

QString installationFolder(const QString &kind) { return dataDirectory() + u'/' + kind; }

} // namespace fazhi::paths

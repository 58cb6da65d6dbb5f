// SPDX-License-Identifier: GPL-3.0-or-later
// The modules inside the core depend one way, in the order docs/architecture.md gives: a file includes only
// its own module and the modules before it.
#include "TestSupport.h"

#include <QDirIterator>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

TEST_CASE("core modules include only the modules below them", "[architecture]")
{
    const QStringList order{u"util"_s,     u"model"_s,   u"text"_s,   u"check"_s,   u"import"_s,
                            u"template"_s, u"storage"_s, u"review"_s, u"overview"_s};
    const QString core = QStringLiteral(FAZHI_SOURCE_DIR "/src/core");
    static const QRegularExpression include(u"^#include \"([a-z]+)/"_s, QRegularExpression::MultilineOption);
    QStringList violations;
    int files = 0;
    for (QDirIterator it(core, {u"*.h"_s, u"*.cpp"_s}, QDir::Files, QDirIterator::Subdirectories); it.hasNext();) {
        const QString path = it.next();
        const QString module = QDir(core).relativeFilePath(path).section(u'/', 0, 0);
        const qsizetype rank = order.indexOf(module);
        if (rank < 0) {
            violations << u"%1: module %2 is not in the order"_s.arg(path, module);
            continue;
        }
        ++files;
        for (auto m = include.globalMatch(fazhi::test::readText(path)); m.hasNext();) {
            const QString used = m.next().captured(1);
            const qsizetype usedRank = order.indexOf(used);
            if (usedRank > rank)
                violations << u"%1 includes %2/"_s.arg(QDir(core).relativeFilePath(path), used);
        }
    }
    INFO(violations.join(u'\n').toStdString());
    CHECK(files > 100);
    CHECK(violations.isEmpty());
}

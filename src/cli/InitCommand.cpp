// SPDX-License-Identifier: GPL-3.0-or-later
// fazhi init: create or upgrade the database.
#include "Cli.h"

#include "storage/DemoData.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace fazhi::cli {

namespace {

int init(Context &ctx)
{
    const Options options(ctx.args(), {}, {u"demo"_s});
    Database &db = ctx.db();
    bool seeded = false;
    if (options.has(u"demo"_s))
        seeded = DemoData::seedIfEmpty(db);
    if (ctx.json()) {
        ctx.printJson(QJsonObject{{u"database"_s, db.path()}, {u"schema"_s, db.schemaVersion()}, {u"demo"_s, seeded}});
    } else {
        ctx.out() << u"数据库已就绪：%1（结构版本 %2）\n"_s.arg(db.path()).arg(db.schemaVersion());
        if (seeded)
            ctx.out() << u"已写入示例单位和示例报告。\n"_s;
    }
    return Ok;
}

const Registry::Registration reg(u"init"_s, u"[--demo]"_s, u"创建或升级数据库（--demo 在空库中写入示例数据）"_s, init);

} // namespace

} // namespace fazhi::cli

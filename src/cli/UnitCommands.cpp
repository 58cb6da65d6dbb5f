// SPDX-License-Identifier: GPL-3.0-or-later
// fazhi unit add | list
#include "Cli.h"

#include "model/ModelJson.h"
#include "storage/UnitRepository.h"
#include "util/Failure.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace fazhi::cli {

namespace {

int unitAdd(Context &ctx)
{
    const Options o(ctx.args(), {u"name"_s, u"short"_s, u"kind"_s, u"parent"_s, u"signatory"_s, u"addressee"_s}, {});
    Unit unit;
    unit.fullName = o.required(u"name"_s).trimmed();
    unit.shortName = o.value(u"short"_s);
    if (o.has(u"kind"_s)) {
        bool ok = false;
        unit.kind = unitKindFromKey(o.value(u"kind"_s), &ok);
        if (!ok)
            throw Failure(u"单位类型应为 government、department、township 或 other。"_s, Failure::Kind::Input);
    } else {
        unit.kind = guessUnitKind(unit.fullName);
    }
    if (o.has(u"parent"_s))
        unit.parentId = o.requiredInt(u"parent"_s);
    // Several organs are separated by "、" or ",": 中共某某委员会,某某局
    if (o.has(u"signatory"_s))
        unit.signatories = o.value(u"signatory"_s).split(QRegularExpression(u"[,，、;；]"_s), Qt::SkipEmptyParts);
    else
        unit.signatories = {unit.fullName};
    unit.addressee = o.value(u"addressee"_s);
    UnitRepository repo(ctx.db());
    if (unit.parentId && !repo.find(unit.parentId))
        throw Failure(u"找不到编号为 %1 的上级单位。"_s.arg(unit.parentId), Failure::Kind::Input);
    unit.id = repo.insert(unit);
    if (ctx.json())
        ctx.printJson(json::toJson(unit));
    else
        ctx.out() << u"已添加单位 %1：%2（%3）\n"_s.arg(unit.id).arg(unit.fullName, unitKindLabel(unit.kind));
    return Ok;
}

int unitList(Context &ctx)
{
    const Options o(ctx.args(), {}, {});
    const QList<Unit> units = UnitRepository(ctx.db()).all();
    if (ctx.json()) {
        QJsonArray array;
        for (const Unit &u : units)
            array.append(json::toJson(u));
        ctx.printJson(array);
        return Ok;
    }
    if (units.isEmpty()) {
        ctx.out() << u"还没有单位。可用 fazhi unit add --name 单位全称 添加。\n"_s;
        return Ok;
    }
    for (const Unit &u : units)
        ctx.out() << u"%1\t%2\t%3\n"_s.arg(u.id).arg(u.fullName, unitKindLabel(u.kind));
    return Ok;
}

const Registry::Registration add(u"unit add"_s,
                                 u"--name 全称 [--short 简称] [--kind government|department|township|other] "
                                 u"[--parent ID] [--signatory 机关1,机关2] [--addressee 主送机关]"_s,
                                 u"添加单位"_s, unitAdd);
const Registry::Registration list(u"unit list"_s, QString(), u"列出单位"_s, unitList);

} // namespace

} // namespace fazhi::cli

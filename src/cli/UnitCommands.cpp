// SPDX-License-Identifier: GPL-3.0-or-later
// fazhi unit add | list | set | delete
#include "Cli.h"

#include "storage/AuditLog.h"

#include "model/ModelJson.h"
#include "storage/Database.h"
#include "storage/ReportRepository.h"
#include "storage/UnitRepository.h"
#include "util/Failure.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

#include <spdlog/spdlog.h>

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

qint64 unitIdFrom(Context &ctx, const Options &o, const QString &command)
{
    if (o.has(u"unit"_s))
        return unitOption(ctx, o);
    if (o.positional().size() == 1)
        return unitNamed(ctx, o.positional().first());
    throw Failure(u"请给出单位编号或名称：fazhi unit %1 ID。可用 fazhi unit list 查看单位编号。"_s.arg(command),
                  Failure::Kind::Input);
}

Unit existingUnit(UnitRepository &repo, qint64 id)
{
    const auto unit = repo.find(id);
    if (!unit)
        throw Failure(u"找不到编号为 %1 的单位。可用 fazhi unit list 查看单位编号。"_s.arg(id),
                      Failure::Kind::Input);
    return *unit;
}

int unitSet(Context &ctx)
{
    const Options o(
        ctx.args(),
        {u"unit"_s, u"name"_s, u"short"_s, u"kind"_s, u"parent"_s, u"signatory"_s, u"addressee"_s}, {});
    UnitRepository repo(ctx.db());
    Unit unit = existingUnit(repo, unitIdFrom(ctx, o, u"set"_s));
    QStringList changed;
    if (o.has(u"name"_s)) {
        unit.fullName = o.value(u"name"_s).trimmed();
        if (unit.fullName.isEmpty())
            throw Failure(u"单位全称不能为空。"_s, Failure::Kind::Input);
        changed.append(u"全称"_s);
    }
    if (o.has(u"short"_s)) {
        unit.shortName = o.value(u"short"_s).trimmed();
        changed.append(u"简称"_s);
    }
    if (o.has(u"kind"_s)) {
        bool ok = false;
        unit.kind = unitKindFromKey(o.value(u"kind"_s), &ok);
        if (!ok)
            throw Failure(u"单位类型应为 government、department、township 或 other。"_s,
                          Failure::Kind::Input);
        changed.append(u"类型"_s);
    }
    if (o.has(u"parent"_s)) {
        // 0 or "none": no parent.
        const QString value = o.value(u"parent"_s).trimmed();
        unit.parentId = value == u"none"_s ? 0 : o.requiredInt(u"parent"_s);
        if (unit.parentId == unit.id)
            throw Failure(u"单位不能是自己的上级单位。"_s, Failure::Kind::Input);
        for (qint64 up = unit.parentId, steps = 0; up != 0 && steps < 1000; ++steps) {
            const auto parent = repo.find(up);
            if (!parent)
                throw Failure(u"找不到编号为 %1 的上级单位。"_s.arg(up), Failure::Kind::Input);
            if (parent->parentId == unit.id)
                throw Failure(
                    u"“%1”是“%2”的下级单位，不能再作它的上级单位。"_s.arg(parent->fullName, unit.fullName),
                    Failure::Kind::Input);
            up = parent->parentId;
        }
        changed.append(u"上级单位"_s);
    }
    if (o.has(u"signatory"_s)) {
        unit.signatories =
            o.value(u"signatory"_s).split(QRegularExpression(u"[,，、;；]"_s), Qt::SkipEmptyParts);
        for (QString &organ : unit.signatories)
            organ = organ.trimmed();
        changed.append(u"发文机关"_s);
    }
    if (o.has(u"addressee"_s)) {
        unit.addressee = o.value(u"addressee"_s).trimmed();
        changed.append(u"主送机关"_s);
    }
    if (changed.isEmpty())
        throw Failure(
            u"没有要修改的内容：请给出 --name、--short、--kind、--parent、--signatory 或 --addressee。"_s,
            Failure::Kind::Input);
    Transaction tx(ctx.db());
    repo.update(unit);
    tx.commit();
    spdlog::info("unit {} changed: {}", unit.id, changed.join(u", "_s).toStdString());
    if (ctx.json())
        ctx.printJson(json::toJson(unit));
    else
        ctx.out() << u"已修改单位 %1：%2（%3）\n"_s.arg(unit.id).arg(unit.fullName, changed.join(u"、"_s));
    return Ok;
}

int unitDelete(Context &ctx)
{
    const Options o(ctx.args(), {u"unit"_s}, {u"with-reports"_s});
    UnitRepository repo(ctx.db());
    const Unit unit = existingUnit(repo, unitIdFrom(ctx, o, u"delete"_s));
    const QList<Report> reports = ReportRepository(ctx.db()).forUnit(unit.id);
    QStringList names;
    QStringList submitted;
    for (const Report &r : reports) {
        names.append(u"%1年度报告（编号 %2）"_s.arg(r.year).arg(r.id));
        if (r.status == ReportStatus::Submitted || r.status == ReportStatus::Approved ||
            r.status == ReportStatus::Published)
            submitted.append(
                u"%1年度报告（编号 %2，%3）"_s.arg(r.year).arg(r.id).arg(reportStatusLabel(r.status)));
    }
    if (!submitted.isEmpty())
        throw Failure(u"“%1”有已报送的报告，不能删除：%2。"_s.arg(unit.fullName, submitted.join(u"、"_s)),
                      Failure::Kind::Input);
    if (!reports.isEmpty() && !o.has(u"with-reports"_s))
        throw Failure(
            u"“%1”还有 %2 份报告：%3。确需连同这些报告一起删除，请加 --with-reports。"_s.arg(unit.fullName)
                .arg(reports.size())
                .arg(names.join(u"、"_s)),
            Failure::Kind::Input);
    QStringList children;
    for (const Unit &u : repo.all())
        if (u.parentId == unit.id)
            children.append(u.fullName);
    Transaction tx(ctx.db());
    repo.remove(unit.id); // its reports, with their sections, metrics and problems, go with it
    for (const Report &r : reports)
        AuditLog(ctx.db()).append(actingName(), r.id, u"delete"_s, 0,
                                  u"%1 %2年度 %3（随单位删除）"_s.arg(unit.fullName).arg(r.year).arg(r.title));
    tx.commit();
    spdlog::info("unit {} ({}) deleted with {} reports", unit.id, unit.fullName.toStdString(),
                 reports.size());
    if (ctx.json()) {
        QJsonArray ids;
        for (const Report &r : reports)
            ids.append(r.id);
        ctx.printJson(QJsonObject{{u"deleted"_s, unit.id}, {u"name"_s, unit.fullName}, {u"reports"_s, ids}});
        return Ok;
    }
    ctx.out() << u"已删除单位 %1：%2\n"_s.arg(unit.id).arg(unit.fullName);
    if (!names.isEmpty())
        ctx.out() << u"连同删除了 %1。\n"_s.arg(names.join(u"、"_s));
    if (!children.isEmpty())
        ctx.out() << u"下级单位 %1 不再有上级单位。\n"_s.arg(children.join(u"、"_s));
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
const Registry::Registration
    regSet(u"unit set"_s,
           u"ID [--name 全称] [--short 简称] [--kind government|department|township|other] "
           u"[--parent ID|none] [--signatory 机关1,机关2] [--addressee 主送机关]"_s,
           u"修改单位"_s, unitSet);
const Registry::Registration regDelete(u"unit delete"_s, u"ID [--with-reports]"_s,
                                       u"删除单位（有报告时须加 --with-reports，连同报告一起删除）"_s,
                                       unitDelete);

} // namespace

} // namespace fazhi::cli

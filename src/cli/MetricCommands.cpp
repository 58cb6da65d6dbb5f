// SPDX-License-Identifier: GPL-3.0-or-later
// fazhi metric set | list
#include "Cli.h"

#include "model/ModelJson.h"
#include "storage/DocumentStore.h"
#include "storage/MetricRepository.h"
#include "storage/ReportRepository.h"
#include "text/InputText.h"
#include "util/Failure.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace fazhi::cli {

namespace {

MetricValue parseValue(const QString &text)
{
    const auto value = parseMetricValue(text);
    if (!value)
        throw Failure(u"无法识别的数值“%1”。可写作 8、1500余、约200、1.9万余。"_s.arg(text), Failure::Kind::Input);
    // The value column holds a double: refuse what it would round instead of storing another number.
    static const QRegularExpression number(u"\\d+(?:\\.\\d+)?"_s);
    const QString digits = number.match(text).captured();
    if (!input::storesExactly(digits, value->value))
        throw Failure(u"数值“%1”无法精确保存：最多 %2 位有效数字，且不能超过 %3。请核对后重新输入。"_s.arg(text)
                          .arg(input::maxExactDigits)
                          .arg(qint64(input::maxExactInteger)),
                      Failure::Kind::Input);
    return *value;
}

int metricSet(Context &ctx)
{
    const Options o(ctx.args(), {u"report"_s, u"key"_s, u"value"_s, u"approx"_s, u"note"_s, u"source"_s}, {});
    MetricValue v = parseValue(o.required(u"value"_s));
    v.reportId = o.requiredInt(u"report"_s);
    v.key = o.required(u"key"_s);
    if (o.has(u"approx"_s)) {
        bool ok = false;
        v.approx = approxFromKey(o.value(u"approx"_s), &ok);
        if (!ok)
            throw Failure(u"--approx 应为 exact、more-than 或 about。"_s, Failure::Kind::Input);
    }
    v.note = o.value(u"note"_s);
    v.source = o.value(u"source"_s);
    if (!ReportRepository(ctx.db()).find(v.reportId))
        throw Failure(u"找不到编号为 %1 的报告。"_s.arg(v.reportId), Failure::Kind::Input);
    MetricRepository repo(ctx.db());
    repo.set(v);
    const auto def = repo.definition(v.key);
    if (ctx.json())
        ctx.printJson(json::toJson(v, def ? &*def : nullptr));
    else
        ctx.out() << u"已记录 %1：%2\n"_s.arg(def->name, formatMetricValue(v, def->word));
    return Ok;
}

int metricList(Context &ctx)
{
    const Options o(ctx.args(), {u"report"_s}, {});
    MetricRepository repo(ctx.db());
    const QList<MetricDefinition> defs = repo.definitions();
    if (!o.has(u"report"_s)) {
        if (ctx.json()) {
            QJsonArray array;
            for (const MetricDefinition &d : defs)
                array.append(json::toJson(d));
            ctx.printJson(array);
        } else {
            for (const MetricDefinition &d : defs)
                ctx.out() << d.key.leftJustified(30) << d.name << u"（"_s << d.word << u"）\n"_s;
        }
        return Ok;
    }
    const ReportDocument doc = DocumentStore(ctx.db()).load(o.requiredInt(u"report"_s));
    QJsonArray array;
    for (const MetricValue &v : doc.metrics) {
        const auto def = std::find_if(defs.cbegin(), defs.cend(), [&](const auto &d) { return d.key == v.key; });
        const MetricDefinition *d = def == defs.cend() ? nullptr : &*def;
        const MetricValue *prev = doc.previous ? doc.previous->metric(v.key) : nullptr;
        const auto change = prev ? formatChange(prev->value, v.value) : std::nullopt;
        if (ctx.json()) {
            QJsonObject obj = json::toJson(v, d);
            obj.insert(u"previous"_s, prev ? QJsonValue(prev->value) : QJsonValue(QJsonValue::Null));
            obj.insert(u"change"_s, change ? QJsonValue(*change) : QJsonValue(QJsonValue::Null));
            array.append(obj);
        } else {
            ctx.out() << (d ? d->name : v.key) << u"："_s << formatMetricValue(v, d ? d->word : QString());
            if (change)
                ctx.out() << u"（较上年"_s << *change << u"）"_s;
            ctx.out() << u'\n';
        }
    }
    if (ctx.json())
        ctx.printJson(array);
    else if (doc.metrics.isEmpty())
        ctx.out() << u"该报告还没有记录指标。\n"_s;
    return Ok;
}

const Registry::Registration regSet(u"metric set"_s,
                                    u"--report ID --key 指标 --value 值 [--approx exact|more-than|about] [--note 说明]"_s,
                                    u"记录报告的指标值（如 1500余、约200）"_s, metricSet);
const Registry::Registration regList(u"metric list"_s, u"[--report ID]"_s, u"列出指标目录或报告的指标"_s, metricList);

} // namespace

} // namespace fazhi::cli

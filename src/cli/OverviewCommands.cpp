// SPDX-License-Identifier: GPL-3.0-or-later
// fazhi overview | search
#include "Cli.h"

#include "overview/Overview.h"
#include "overview/OverviewWorkbook.h"
#include "storage/SearchRepository.h"
#include "storage/SettingsRepository.h"
#include "util/Clock.h"
#include "util/Failure.h"

#include <QJsonArray>
#include <QJsonObject>

#include <optional>

using namespace Qt::StringLiterals;

namespace fazhi::cli {

namespace {

QStringList partList(const QList<int> &parts)
{
    QStringList list;
    for (int p : parts)
        list << QString::number(p);
    return list;
}

QString dateText(const QDate &d) { return d.isValid() ? d.toString(u"yyyy-MM-dd"_s) : u"—"_s; }

int overview(Context &ctx)
{
    const Options o(ctx.args(), {u"year"_s, u"unit"_s, u"xlsx"_s, u"today"_s}, {});
    const int year = int(o.requiredInt(u"year"_s));
    CheckOptions options = SettingsRepository(ctx.db()).checkOptions();
    // "As of" a day: what the overview would have said then (a 通报 is dated).
    std::optional<FixedClock> asOf;
    if (o.has(u"today"_s)) {
        const QDate day = QDate::fromString(o.value(u"today"_s), Qt::ISODate);
        if (!day.isValid())
            throw Failure(u"--today 应写作 YYYY-MM-DD。"_s, Failure::Kind::Input);
        asOf.emplace(day);
        options.clock = &*asOf;
    }
    const QList<OverviewRow> rows = Overview::build(ctx.db(), year, o.has(u"unit"_s) ? unitOption(ctx, o) : 0, options);
    if (o.has(u"xlsx"_s))
        OverviewWorkbook::write(o.value(u"xlsx"_s), ctx.db(), rows, options);
    if (ctx.json()) {
        Context::JsonRows out(ctx);
        for (const OverviewRow &r : rows)
            out.add(r.toJson());
        return Ok;
    }
    QTextStream &out = ctx.out();
    out << u"%1 年度法治政府建设年度报告情况（截至 %2）\n"_s.arg(year).arg(dateText(options.today()));
    for (const OverviewRow &r : rows) {
        QStringList flags;
        if (r.reportId == 0)
            flags << u"未建立报告"_s;
        if (r.submitLate)
            flags << (r.submitted.isValid() ? u"报送逾期"_s : u"逾期未报送"_s);
        if (r.publishLate)
            flags << (r.published.isValid() ? u"公开逾期"_s : u"逾期未公开"_s);
        if (!r.missingParts.isEmpty() && r.reportId > 0)
            flags << u"缺少部分 %1"_s.arg(partList(r.missingParts).join(u'、'));
        if (r.problemsOverdue > 0)
            flags << u"逾期问题 %1"_s.arg(r.problemsOverdue);
        if (r.problemsRepeated > 0)
            flags << u"连续两年问题 %1"_s.arg(r.problemsRepeated);
        out << QString(r.depth * 2, u' ') << r.unit << u'\t'
            << (r.reportId > 0 ? reportStatusLabel(r.status) : u"—"_s) << u"\t报送 "_s << dateText(r.submitted)
            << u"\t公开 "_s << dateText(r.published) << u"\t错误 "_s << r.errors << u" 警告 "_s << r.warnings
            << (flags.isEmpty() ? QString() : u"\t【"_s + flags.join(u"；"_s) + u"】"_s) << u'\n';
    }
    if (o.has(u"xlsx"_s))
        ctx.err() << u"已导出表格：%1\n"_s.arg(o.value(u"xlsx"_s));
    return Ok;
}

int search(Context &ctx)
{
    const Options o(ctx.args(), {u"unit"_s, u"year"_s, u"limit"_s}, {});
    const QString query = o.positional().join(u' ');
    if (query.trimmed().isEmpty())
        throw Failure(u"请给出要搜索的文字：fazhi search 文字。"_s, Failure::Kind::Input);
    const QList<SearchHit> hits = SearchRepository(ctx.db()).search(
        query, o.has(u"unit"_s) ? unitOption(ctx, o) : 0, o.has(u"year"_s) ? int(o.requiredInt(u"year"_s)) : 0,
        o.has(u"limit"_s) ? int(o.requiredInt(u"limit"_s)) : 200);
    if (ctx.json()) {
        Context::JsonRows out(ctx);
        for (const SearchHit &h : hits)
            out.add(QJsonObject{{u"report_id"_s, h.reportId}, {u"unit_id"_s, h.unitId}, {u"unit"_s, h.unit},
                                {u"year"_s, h.year}, {u"kind"_s, searchKindKey(h.kind)}, {u"ref_id"_s, h.refId},
                                {u"excerpt"_s, h.excerpt}, {u"hit_start"_s, h.hitStart}, {u"hit_length"_s, h.hitLength},
                                {u"offset"_s, h.offset}});
        return Ok;
    }
    if (hits.isEmpty())
        ctx.out() << u"没有找到“%1”。\n"_s.arg(query);
    for (const SearchHit &h : hits)
        ctx.out() << u"%1 %2年 报告 %3\t"_s.arg(h.unit).arg(h.year).arg(h.reportId) << h.excerpt.left(h.hitStart) << u"【"_s
                  << h.excerpt.mid(h.hitStart, h.hitLength) << u"】"_s << h.excerpt.mid(h.hitStart + h.hitLength) << u'\n';
    return Ok;
}

const Registry::Registration regOverview(u"overview"_s, u"--year Y [--unit 单位] [--today YYYY-MM-DD] [--xlsx 文件]"_s,
                                         u"各单位年度报告的报送、公开、完整性和问题整改情况"_s, overview);
const Registry::Registration regSearch(u"search"_s, u"文字 [--unit 单位] [--year Y] [--limit N]"_s,
                                       u"在所有报告的正文、标题、问题和批注中搜索"_s, search);

} // namespace

} // namespace fazhi::cli

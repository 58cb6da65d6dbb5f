// SPDX-License-Identifier: GPL-3.0-or-later
// fazhi problem add | list
#include "Cli.h"

#include "model/ModelJson.h"
#include "storage/ProblemRepository.h"
#include "storage/ReportRepository.h"
#include "util/Failure.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace fazhi::cli {

namespace {

int problemAdd(Context &ctx)
{
    const Options o(ctx.args(),
                    {u"report"_s, u"text"_s, u"reason"_s, u"measure"_s, u"owner"_s, u"due"_s, u"status"_s}, {});
    Problem p;
    p.reportId = o.requiredInt(u"report"_s);
    p.text = o.required(u"text"_s);
    p.reason = o.value(u"reason"_s);
    p.measure = o.value(u"measure"_s);
    p.owner = o.value(u"owner"_s);
    if (o.has(u"due"_s)) {
        p.dueDate = QDate::fromString(o.value(u"due"_s), Qt::ISODate);
        if (!p.dueDate.isValid())
            throw Failure(u"整改期限应写作 YYYY-MM-DD。"_s, Failure::Kind::Input);
    }
    if (o.has(u"status"_s)) {
        bool ok = false;
        p.status = problemStatusFromKey(o.value(u"status"_s), &ok);
        if (!ok)
            throw Failure(u"--status 应为 open、in-progress 或 rectified。"_s, Failure::Kind::Input);
    }
    ProblemRepository repo(ctx.db());
    if (!ReportRepository(ctx.db()).find(p.reportId))
        throw Failure(u"找不到编号为 %1 的报告。"_s.arg(p.reportId), Failure::Kind::Input);
    repo.append(p);
    if (ctx.json())
        ctx.printJson(json::toJson(p));
    else
        ctx.out() << u"已添加问题 %1：%2\n"_s.arg(p.id).arg(p.text);
    return Ok;
}

int problemList(Context &ctx)
{
    const Options o(ctx.args(), {u"report"_s}, {});
    const QList<Problem> list = ProblemRepository(ctx.db()).forReport(o.requiredInt(u"report"_s));
    if (ctx.json()) {
        QJsonArray array;
        for (const Problem &p : list)
            array.append(json::toJson(p));
        ctx.printJson(array);
        return Ok;
    }
    if (list.isEmpty())
        ctx.out() << u"该报告没有记录问题。\n"_s;
    for (const Problem &p : list) {
        ctx.out() << u"%1\t[%2]%3\t%4\n"_s.arg(p.id)
                         .arg(problemStatusLabel(p.status), p.continuesId ? u"（上年延续）"_s : QString(), p.text);
        if (!p.reason.isEmpty())
            ctx.out() << u"\t原因：%1\n"_s.arg(p.reason);
        if (!p.measure.isEmpty())
            ctx.out() << u"\t整改措施：%1\n"_s.arg(p.measure);
    }
    return Ok;
}

const Registry::Registration regAdd(u"problem add"_s,
                                    u"--report ID --text 问题 [--reason 原因] [--measure 整改措施] [--owner 责任人] "
                                    u"[--due YYYY-MM-DD] [--status open|in-progress|rectified]"_s,
                                    u"记录报告中的问题"_s, problemAdd);
const Registry::Registration regList(u"problem list"_s, u"--report ID"_s, u"列出报告的问题"_s, problemList);

} // namespace

} // namespace fazhi::cli

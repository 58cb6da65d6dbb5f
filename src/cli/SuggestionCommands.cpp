// SPDX-License-Identifier: GPL-3.0-or-later
// fazhi review import; suggestion list | accept | reject: a reviewer's Word document with tracked changes
// and comments, brought back as suggestions and comments.
#include "Cli.h"

#include "review/WordReview.h"
#include "storage/SuggestionRepository.h"
#include "util/Failure.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace fazhi::cli {

namespace {

QString dateTimeText(const QDateTime &at) { return at.isValid() ? at.toUTC().toString(Qt::ISODate) : QString(); }

QJsonObject suggestionJson(const Suggestion &s)
{
    return QJsonObject{{u"id"_s, s.id},
                       {u"report_id"_s, s.reportId},
                       {u"section_id"_s, s.sectionId},
                       {u"target"_s, suggestionTargetKey(s.target)},
                       {u"start"_s, s.start},
                       {u"old_text"_s, s.oldText},
                       {u"new_text"_s, s.newText},
                       {u"author"_s, s.author},
                       {u"made_at"_s, dateTimeText(s.madeAt)},
                       {u"source"_s, s.source},
                       {u"status"_s, suggestionStatusKey(s.status)},
                       {u"decided_by"_s, s.decidedBy},
                       {u"decided_at"_s, dateTimeText(s.decidedAt)}};
}

/// One line: a paragraph break shown as 〔另起一段〕.
QString describe(const Suggestion &s)
{
    const auto line = [](QString text) { return text.replace(u'\n', u"〔另起一段〕"_s); };
    if (s.isInsertion())
        return u"插入“%1”"_s.arg(line(s.newText));
    if (s.isDeletion())
        return u"删除“%1”"_s.arg(line(s.oldText));
    return u"“%1”改为“%2”"_s.arg(line(s.oldText), line(s.newText));
}

int reviewImport(Context &ctx)
{
    const Options o(ctx.args(), {u"report"_s, u"as"_s}, {});
    const qint64 reportId = o.requiredInt(u"report"_s);
    if (o.positional().size() != 1)
        throw Failure(u"请给出审阅后的 Word 文件：fazhi review import --report 编号 文件.docx。"_s, Failure::Kind::Input);
    if (o.has(u"as"_s))
        qputenv("FAZHI_USER", o.value(u"as"_s).toUtf8());
    const Person actor = actingPerson(ctx);
    const QString path = o.positional().first();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw Failure(u"无法打开文件“%1”。"_s.arg(path), Failure::Kind::Input, file.errorString());
    const QByteArray data = file.readAll();
    const WordReview::Imported result = WordReview(ctx.db(), actor).import(reportId, data, QFileInfo(path).fileName());
    if (ctx.json()) {
        QJsonArray suggestions;
        for (qint64 id : result.suggestions)
            suggestions.append(id);
        QJsonArray comments;
        for (qint64 id : result.comments)
            comments.append(id);
        ctx.printJson(QJsonObject{{u"suggestions"_s, suggestions}, {u"comments"_s, comments}, {u"unplaced"_s, result.unplaced}});
    } else {
        ctx.out() << u"已导入修改建议 %1 条、批注 %2 条。\n"_s.arg(result.suggestions.size()).arg(result.comments.size());
        if (result.unplaced > 0)
            ctx.out() << u"其中 %1 条修改在落款、日期等处或跨越了几个部分，只能手工修改后拒绝。\n"_s.arg(result.unplaced);
        ctx.out() << u"用 fazhi suggestion list --report %1 查看，逐条或全部采纳、拒绝。\n"_s.arg(reportId);
    }
    return Ok;
}

int suggestionList(Context &ctx)
{
    const Options o(ctx.args(), {u"report"_s}, {});
    const QList<Suggestion> list = SuggestionRepository(ctx.db()).forReport(o.requiredInt(u"report"_s));
    if (ctx.json()) {
        QJsonArray a;
        for (const Suggestion &s : list)
            a.append(suggestionJson(s));
        ctx.printJson(a);
        return Ok;
    }
    if (list.isEmpty())
        ctx.out() << u"这份报告没有修改建议。\n"_s;
    for (const Suggestion &s : list) {
        const QString state = s.status == Suggestion::Status::Open       ? u"待处理"_s
                              : s.status == Suggestion::Status::Accepted ? u"已采纳"_s
                                                                         : u"已拒绝"_s;
        ctx.out() << u"%1\t[%2]\t%3：%4\n"_s.arg(s.id).arg(state, s.author, describe(s));
    }
    return Ok;
}

int decide(Context &ctx, bool accept)
{
    const Options o(ctx.args(), {u"report"_s, u"as"_s}, {u"all"_s});
    if (o.has(u"as"_s))
        qputenv("FAZHI_USER", o.value(u"as"_s).toUtf8());
    const Person actor = actingPerson(ctx);
    WordReview review(ctx.db(), actor);
    if (o.has(u"all"_s)) {
        const qint64 reportId = o.requiredInt(u"report"_s);
        QList<qint64> done;
        QList<qint64> left;
        if (accept)
            left = review.acceptAll(reportId, &done);
        const int rejected = accept ? 0 : review.rejectAll(reportId);
        if (ctx.json()) {
            QJsonArray doneIds;
            for (qint64 id : done)
                doneIds.append(id);
            QJsonArray leftIds;
            for (qint64 id : left)
                leftIds.append(id);
            ctx.printJson(accept ? QJsonObject{{u"accepted"_s, doneIds}, {u"left_open"_s, leftIds}}
                                 : QJsonObject{{u"rejected"_s, rejected}});
        } else if (accept) {
            ctx.out() << u"已采纳 %1 条修改建议。\n"_s.arg(done.size());
            if (!left.isEmpty()) {
                QStringList ids;
                for (qint64 id : left)
                    ids << QString::number(id);
                ctx.out() << u"有 %1 条无法自动采纳（%2），请手工修改后拒绝。\n"_s.arg(left.size()).arg(ids.join(u"、"_s));
            }
        } else {
            ctx.out() << u"已拒绝 %1 条修改建议。\n"_s.arg(rejected);
        }
        return Ok;
    }
    if (o.positional().size() != 1)
        throw Failure(u"请给出修改建议的编号，或用 --all --report 编号 处理全部。"_s, Failure::Kind::Input);
    bool ok = false;
    const qint64 id = o.positional().first().toLongLong(&ok);
    if (!ok || id <= 0)
        throw Failure(u"修改建议的编号应为正整数，而不是“%1”。"_s.arg(o.positional().first()), Failure::Kind::Input);
    accept ? review.accept(id) : review.reject(id);
    if (ctx.json())
        ctx.printJson(suggestionJson(*SuggestionRepository(ctx.db()).find(id)));
    else
        ctx.out() << (accept ? u"已采纳修改建议 %1。\n"_s : u"已拒绝修改建议 %1。\n"_s).arg(id);
    return Ok;
}

const QString kAs = u" [--as 姓名]"_s;
const Registry::Registration regImport(u"review import"_s, u"--report ID 审阅稿.docx"_s + kAs,
                                       u"导入审阅人在 Word 中修订、批注过的文档：修订成为修改建议，批注成为批注"_s,
                                       reviewImport);
const Registry::Registration regList(u"suggestion list"_s, u"--report ID"_s, u"列出报告的修改建议"_s, suggestionList);
const Registry::Registration regAccept(u"suggestion accept"_s, u"ID | --all --report ID"_s + kAs,
                                       u"采纳修改建议（逐条或全部）"_s, [](Context &c) { return decide(c, true); });
const Registry::Registration regReject(u"suggestion reject"_s, u"ID | --all --report ID"_s + kAs,
                                       u"拒绝修改建议（逐条或全部）"_s, [](Context &c) { return decide(c, false); });

} // namespace

} // namespace fazhi::cli

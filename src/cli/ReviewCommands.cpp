// SPDX-License-Identifier: GPL-3.0-or-later
// fazhi user add | list; report submit | return | approve | publish | reopen | diff;
// version list | save | show | restore; comment add | reply | list | resolve | reopen; audit list | verify
#include "Cli.h"

#include "DocxTrackedChanges.h"
#include "ExportFile.h"
#include "import/MarkdownForm.h"
#include "review/ReviewWorkflow.h"
#include "review/VersionDiff.h"
#include "storage/AuditLog.h"
#include "storage/CommentRepository.h"
#include "storage/DocumentStore.h"
#include "storage/PersonRepository.h"
#include "storage/ReportRepository.h"
#include "storage/ReviewRepository.h"
#include "storage/SectionRepository.h"
#include "storage/UnitRepository.h"
#include "storage/VersionRepository.h"
#include "util/Failure.h"
#include "util/PasswordHash.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

using namespace Qt::StringLiterals;

namespace fazhi::cli {

namespace {

/// The person acting (--as is the global option; commands still accept it after their name).
Person actingPerson(Context &ctx, const Options &o)
{
    if (o.has(u"as"_s))
        qputenv("FAZHI_USER", o.value(u"as"_s).toUtf8());
    return fazhi::cli::actingPerson(ctx);
}

QString dateTimeText(const QDateTime &at) { return at.isValid() ? at.toUTC().toString(Qt::ISODate) : QString(); }

QJsonObject personJson(const Person &p)
{
    QJsonArray roles;
    for (const RoleGrant &g : p.roles)
        roles.append(QJsonObject{{u"unit_id"_s, g.unitId}, {u"role"_s, roleKey(g.role)}});
    return QJsonObject{{u"id"_s, p.id}, {u"name"_s, p.name}, {u"unit_id"_s, p.unitId}, {u"roles"_s, roles},
                       {u"has_password"_s, p.hasPassword}};
}

int userAdd(Context &ctx)
{
    const Options o(ctx.args(), {u"name"_s, u"unit"_s, u"role"_s}, {u"password-stdin"_s});
    Person p;
    p.name = o.required(u"name"_s).trimmed();
    p.unitId = unitOption(ctx, o);
    if (!UnitRepository(ctx.db()).find(p.unitId))
        throw Failure(u"找不到编号为 %1 的单位。"_s.arg(p.unitId), Failure::Kind::Input);
    for (const QString &key : o.required(u"role"_s).split(u',', Qt::SkipEmptyParts)) {
        bool ok = false;
        const Role role = roleFromKey(key, &ok);
        if (!ok)
            throw Failure(u"角色应为 drafter、reviewer、signer 或 admin，而不是“%1”。"_s.arg(key), Failure::Kind::Input);
        p.roles.append({p.unitId, role});
    }
    // The password first (read and hashed), then the person and its hash in one transaction.
    QString hash;
    if (o.has(u"password-stdin"_s)) {
        const QString password = readSecret(u"%1的密码："_s.arg(p.name));
        if (password.isEmpty())
            throw Failure(u"标准输入中没有密码（读到空行）。"_s, Failure::Kind::Input);
        hash = PasswordHash::hash(password);
    }
    {
        Transaction tx(ctx.db());
        p.id = PersonRepository(ctx.db()).insert(p);
        if (!hash.isEmpty())
            PersonRepository(ctx.db()).setPasswordHash(p.id, hash);
        tx.commit();
    }
    if (ctx.json())
        ctx.printJson(personJson(*PersonRepository(ctx.db()).find(p.id)));
    else
        ctx.out() << u"已添加人员 %1：%2\n"_s.arg(p.id).arg(p.name);
    return Ok;
}

int userList(Context &ctx)
{
    const Options o(ctx.args(), {}, {});
    const QList<Person> people = PersonRepository(ctx.db()).all();
    if (ctx.json()) {
        QJsonArray a;
        for (const Person &p : people)
            a.append(personJson(p));
        ctx.printJson(a);
        return Ok;
    }
    if (people.isEmpty())
        ctx.out() << u"还没有人员。用 fazhi user add 添加。\n"_s;
    for (const Person &p : people) {
        QStringList roles;
        for (const RoleGrant &g : p.roles)
            roles << u"%1（单位 %2）"_s.arg(roleLabel(g.role)).arg(g.unitId);
        ctx.out() << u"%1\t%2\t%3\n"_s.arg(p.id).arg(p.name, roles.join(u"、"_s));
    }
    return Ok;
}

/// The report's review state, as `report show --json` and the transitions print it.
QJsonObject reviewJson(Context &ctx, qint64 reportId)
{
    const auto report = ReportRepository(ctx.db()).find(reportId);
    if (!report)
        throw Failure(u"找不到编号为 %1 的报告。"_s.arg(reportId), Failure::Kind::Input);
    QJsonArray history;
    for (const AuditEntry &e : AuditLog(ctx.db()).forReport(reportId))
        history.append(QJsonObject{{u"at"_s, dateTimeText(e.at)}, {u"person"_s, e.person}, {u"action"_s, e.action},
                                   {u"version"_s, e.version}, {u"detail"_s, e.detail}});
    QJsonObject last;
    if (!history.isEmpty())
        last = history.last().toObject();
    return QJsonObject{{u"report_id"_s, reportId},
                       {u"status"_s, reportStatusKey(report->status)},
                       {u"status_label"_s, reportStatusLabel(report->status)},
                       {u"by"_s, last.value(u"person"_s)},
                       {u"at"_s, last.value(u"at"_s)},
                       {u"open_comments"_s, CommentRepository(ctx.db()).openCount(reportId)},
                       {u"history"_s, history}};
}

int transition(Context &ctx, const QString &action)
{
    const Options o(ctx.args(), {u"report"_s, u"comment"_s, u"reason"_s, u"date"_s, u"url"_s, u"as"_s}, {});
    const qint64 reportId = o.requiredInt(u"report"_s);
    ReviewWorkflow flow(ctx.db(), actingPerson(ctx, o));
    const QString text = o.value(u"comment"_s, o.value(u"reason"_s));
    if (action == u"submit"_s) {
        flow.submit(reportId, text);
    } else if (action == u"return"_s) {
        flow.returnReport(reportId, text);
    } else if (action == u"approve"_s) {
        flow.approve(reportId, text);
    } else if (action == u"publish"_s) {
        const QDate date = QDate::fromString(o.required(u"date"_s), Qt::ISODate);
        if (!date.isValid())
            throw Failure(u"公开日期应写作 YYYY-MM-DD。"_s, Failure::Kind::Input);
        flow.publish(reportId, date, o.required(u"url"_s));
    } else if (action == u"reopen"_s) {
        flow.reopen(reportId, text);
    }
    const QJsonObject state = reviewJson(ctx, reportId);
    if (ctx.json())
        ctx.printJson(state);
    else
        ctx.out() << u"报告 %1 现为：%2\n"_s.arg(reportId).arg(state.value(u"status_label"_s).toString());
    return Ok;
}

QJsonObject versionJson(const ReportVersion &v)
{
    return QJsonObject{{u"number"_s, v.number},
                       {u"name"_s, v.name},
                       {u"kind"_s, versionKindKey(v.kind)},
                       {u"author"_s, v.author},
                       {u"editors"_s, QJsonArray::fromStringList(v.editors)},
                       {u"created_at"_s, dateTimeText(v.createdAt)}};
}

int versionList(Context &ctx)
{
    const Options o(ctx.args(), {u"report"_s}, {});
    const QList<ReportVersion> versions = VersionRepository(ctx.db()).forReport(o.requiredInt(u"report"_s));
    if (ctx.json()) {
        QJsonArray a;
        for (const ReportVersion &v : versions)
            a.append(versionJson(v));
        ctx.printJson(a);
        return Ok;
    }
    if (versions.isEmpty())
        ctx.out() << u"这份报告还没有版本。\n"_s;
    for (const ReportVersion &v : versions)
        ctx.out() << u"第 %1 版\t%2\t%3\t%4\t%5\n"_s.arg(v.number)
                         .arg(versionKindLabel(v.kind), v.name, v.author, v.createdAt.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s));
    return Ok;
}

int versionSave(Context &ctx)
{
    const Options o(ctx.args(), {u"report"_s, u"name"_s, u"as"_s}, {});
    const int number = ReviewWorkflow(ctx.db(), actingPerson(ctx, o)).saveVersion(o.requiredInt(u"report"_s), o.required(u"name"_s));
    if (ctx.json())
        ctx.printJson(QJsonObject{{u"number"_s, number}});
    else
        ctx.out() << u"已保存为第 %1 版。\n"_s.arg(number);
    return Ok;
}

int versionShow(Context &ctx)
{
    const Options o(ctx.args(), {u"report"_s, u"version"_s}, {});
    const auto v = VersionRepository(ctx.db()).find(o.requiredInt(u"report"_s), int(o.requiredInt(u"version"_s)));
    if (!v)
        throw Failure(u"没有这个版本。"_s, Failure::Kind::Input);
    if (ctx.json()) {
        QJsonObject j = versionJson(*v);
        j.insert(u"content"_s, v->content);
        ctx.printJson(j);
    } else {
        ctx.out() << v->content;
    }
    return Ok;
}

int versionRestore(Context &ctx)
{
    const Options o(ctx.args(), {u"report"_s, u"version"_s, u"as"_s}, {});
    const qint64 reportId = o.requiredInt(u"report"_s);
    const int number = int(o.requiredInt(u"version"_s));
    ReviewWorkflow(ctx.db(), actingPerson(ctx, o)).restoreVersion(reportId, number);
    if (!ctx.json())
        ctx.out() << u"已恢复第 %1 版；恢复前的内容另存为一个版本。\n"_s.arg(number);
    else
        ctx.printJson(QJsonObject{{u"restored"_s, number}});
    return Ok;
}

/// A report state for diffing: a version's number, or "current".
ReportDocument stateOf(Context &ctx, qint64 reportId, const QString &which)
{
    if (which.isEmpty() || which == u"current"_s)
        return DocumentStore(ctx.db()).load(reportId, false);
    bool ok = false;
    const int number = which.toInt(&ok);
    const auto v = ok ? VersionRepository(ctx.db()).find(reportId, number) : std::nullopt;
    if (!v)
        throw Failure(u"报告 %1 没有“%2”这个版本。"_s.arg(reportId).arg(which), Failure::Kind::Input);
    return MarkdownForm::read(v->content);
}

void printRuns(QTextStream &out, const QList<TextRun> &runs)
{
    for (const TextRun &r : runs) {
        if (r.kind == TextRun::Kind::Inserted)
            out << u"[+"_s << r.text << u"+]"_s;
        else if (r.kind == TextRun::Kind::Deleted)
            out << u"[-"_s << r.text << u"-]"_s;
        else if (r.text.size() > 40)
            out << r.text.left(18) << u"……"_s << r.text.right(18);
        else
            out << r.text;
    }
    out << u'\n';
}

/// Who made the changes up to `which`, and when: the version's author and time, or for the current text
/// the people who edited it since the last submission (else the person running the command), now.
docx::Revision revisionOf(Context &ctx, qint64 reportId, const QString &which)
{
    bool ok = false;
    const int number = which.toInt(&ok);
    if (ok && which != u"current"_s)
        if (const auto v = VersionRepository(ctx.db()).find(reportId, number))
            return {v->author.isEmpty() ? actingName() : v->author, v->createdAt};
    const QStringList editors = ReviewRepository(ctx.db()).editors(reportId);
    return {editors.isEmpty() ? actingName() : editors.join(u"、"_s), QDateTime::currentDateTimeUtc()};
}

/// `report diff --format docx -o FILE`: the newer state with tracked changes and the open comments.
int reportDiffDocx(Context &ctx, const Options &o, qint64 reportId)
{
    const QString out = o.raw(u"output"_s);
    if (out.isEmpty() || out == u"-"_s)
        throw Failure(u"请用 -o 指定要写出的 Word 文件，例如：-o 修订稿.docx。"_s, Failure::Kind::Input);
    const QString to = o.value(u"to"_s, u"current"_s);
    const ReportDocument before = stateOf(ctx, reportId, o.required(u"from"_s));
    ReportDocument after = stateOf(ctx, reportId, to);
    if (to == u"current"_s)
        after = DocumentStore(ctx.db()).load(reportId, false);
    // Open threads, with their words found again in the current text.
    ReviewWorkflow(ctx.db(), Person{}).refreshAnchors(reportId);
    QList<Comment> open;
    QSet<qint64> openRoots;
    const QList<Comment> all = CommentRepository(ctx.db()).forReport(reportId);
    for (const Comment &c : all)
        if (c.parentId == 0 && c.status == Comment::Status::Open) {
            open.append(c);
            openRoots.insert(c.id);
        }
    for (const Comment &c : all)
        if (c.parentId > 0 && openRoots.contains(c.parentId))
            open.append(c);
    const DocxTrackedChanges::Result result =
        DocxTrackedChanges::render(before, after, revisionOf(ctx, reportId, to), open);
    ExportFile::save(out, result.data);
    if (ctx.json())
        ctx.printJson(QJsonObject{{u"output"_s, QFileInfo(out).absoluteFilePath()},
                                  {u"changes"_s, result.changes},
                                  {u"comments"_s, result.comments}});
    else
        ctx.out() << u"已导出修订稿：%1（修订 %2 处，批注 %3 条）\n"_s.arg(out).arg(result.changes).arg(result.comments);
    return Ok;
}

int reportDiff(Context &ctx)
{
    QStringList args = ctx.args();
    for (QString &a : args)
        if (a == u"-o"_s)
            a = u"--output"_s;
    const Options o(args, {u"report"_s, u"from"_s, u"to"_s, u"format"_s, u"output"_s}, {});
    const qint64 reportId = o.requiredInt(u"report"_s);
    const QString format = o.value(u"format"_s).toLower();
    if (format == u"docx"_s)
        return reportDiffDocx(ctx, o, reportId);
    if (!format.isEmpty() && format != u"text"_s)
        throw Failure(u"比较结果的格式只能是 docx（修订稿）；不加 --format 时输出文字或 --json。"_s, Failure::Kind::Input);
    const ReportDiff diff = VersionDiff::reports(stateOf(ctx, reportId, o.required(u"from"_s)),
                                                 stateOf(ctx, reportId, o.value(u"to"_s, u"current"_s)));
    if (ctx.json()) {
        ctx.printJson(diff.toJson());
        return Ok;
    }
    QTextStream &out = ctx.out();
    if (diff.isEmpty()) {
        out << u"两个版本没有差别。\n"_s;
        return Ok;
    }
    out << u"增加 %1 字，删除 %2 字。\n"_s.arg(diff.inserted).arg(diff.deleted);
    for (const ValueChange &c : diff.fields)
        out << u"%1：%2 → %3\n"_s.arg(c.what, c.before, c.after);
    for (const SectionChange &s : diff.sections) {
        if (s.kind == SectionChange::Kind::Unchanged && !s.moved && s.oldHeading.isEmpty())
            continue;
        QString label = s.heading;
        if (!s.oldHeading.isEmpty())
            label = s.oldHeading + u" → "_s + s.heading;
        if (s.kind == SectionChange::Kind::Added)
            label += u"（新增）"_s;
        else if (s.kind == SectionChange::Kind::Removed)
            label += u"（删除）"_s;
        if (s.moved)
            label += s.oldParent != s.parent ? u"（从“%1”移到“%2”）"_s.arg(s.oldParent, s.parent) : u"（调整了顺序）"_s;
        out << u"== "_s << label << u'\n';
        if (s.kind != SectionChange::Kind::Unchanged)
            printRuns(out, s.body);
    }
    for (const ValueChange &c : diff.metrics)
        out << u"指标 %1：%2 → %3\n"_s.arg(c.what, c.before.isEmpty() ? u"（无）"_s : c.before,
                                         c.after.isEmpty() ? u"（无）"_s : c.after);
    for (const ValueChange &c : diff.problems)
        out << u"问题 %1：%2 → %3\n"_s.arg(c.what, c.before.isEmpty() ? u"（无）"_s : c.before,
                                         c.after.isEmpty() ? u"（删除）"_s : c.after);
    return Ok;
}

QJsonObject commentJson(const Comment &c)
{
    return QJsonObject{{u"id"_s, c.id},
                       {u"report_id"_s, c.reportId},
                       {u"section_id"_s, c.sectionId},
                       {u"parent_id"_s, c.parentId},
                       {u"author"_s, c.author},
                       {u"quote"_s, c.quote},
                       {u"start"_s, c.start},
                       {u"orphaned"_s, c.isOrphaned()},
                       {u"text"_s, c.body},
                       {u"status"_s, c.status == Comment::Status::Resolved ? u"resolved"_s : u"open"_s},
                       {u"created_at"_s, dateTimeText(c.createdAt)}};
}

int commentAdd(Context &ctx)
{
    const Options o(ctx.args(), {u"report"_s, u"section"_s, u"quote"_s, u"text"_s, u"as"_s}, {});
    const qint64 reportId = o.requiredInt(u"report"_s);
    const qint64 id = ReviewWorkflow(ctx.db(), actingPerson(ctx, o))
                          .addComment(reportId, o.has(u"section"_s) ? o.requiredInt(u"section"_s) : 0,
                                      o.value(u"quote"_s), o.required(u"text"_s));
    if (ctx.json())
        ctx.printJson(commentJson(*CommentRepository(ctx.db()).find(id)));
    else
        ctx.out() << u"已添加批注 %1。\n"_s.arg(id);
    return Ok;
}

int commentReply(Context &ctx)
{
    const Options o(ctx.args(), {u"comment"_s, u"text"_s, u"as"_s}, {});
    const qint64 id = ReviewWorkflow(ctx.db(), actingPerson(ctx, o)).reply(o.requiredInt(u"comment"_s), o.required(u"text"_s));
    if (ctx.json())
        ctx.printJson(commentJson(*CommentRepository(ctx.db()).find(id)));
    else
        ctx.out() << u"已回复，批注 %1。\n"_s.arg(id);
    return Ok;
}

int commentList(Context &ctx)
{
    const Options o(ctx.args(), {u"report"_s}, {});
    const qint64 reportId = o.requiredInt(u"report"_s);
    // Where the words are now: found again in the current text.
    ReviewWorkflow(ctx.db(), Person{}).refreshAnchors(reportId);
    const QList<Comment> comments = CommentRepository(ctx.db()).forReport(reportId);
    if (ctx.json()) {
        QJsonArray a;
        for (const Comment &c : comments)
            a.append(commentJson(c));
        ctx.printJson(a);
        return Ok;
    }
    if (comments.isEmpty())
        ctx.out() << u"这份报告没有批注。\n"_s;
    for (const Comment &c : comments) {
        const QString state = c.status == Comment::Status::Resolved ? u"已解决"_s : (c.isOrphaned() ? u"原文已删改"_s : u"待处理"_s);
        ctx.out() << u"%1\t[%2]\t%3%4：%5%6\n"_s.arg(c.id)
                         .arg(state, c.parentId ? u"  回复 "_s : QString(), c.author, c.body,
                              c.quote.isEmpty() ? QString() : u"（“%1”）"_s.arg(c.quote));
    }
    return Ok;
}

int commentResolve(Context &ctx, bool resolved)
{
    const Options o(ctx.args(), {u"comment"_s, u"as"_s}, {});
    qint64 id = 0;
    if (o.has(u"comment"_s))
        id = o.requiredInt(u"comment"_s);
    else if (o.positional().size() == 1)
        id = o.positional().first().toLongLong();
    if (id <= 0)
        throw Failure(u"请给出批注编号：fazhi comment resolve ID。"_s, Failure::Kind::Input);
    ReviewWorkflow(ctx.db(), actingPerson(ctx, o)).resolveComment(id, resolved);
    if (!ctx.json())
        ctx.out() << (resolved ? u"批注 %1 已解决。\n"_s : u"批注 %1 已重新打开。\n"_s).arg(id);
    else
        ctx.printJson(commentJson(*CommentRepository(ctx.db()).find(id)));
    return Ok;
}

int auditList(Context &ctx)
{
    const Options o(ctx.args(), {u"report"_s}, {});
    const QList<AuditEntry> entries =
        o.has(u"report"_s) ? AuditLog(ctx.db()).forReport(o.requiredInt(u"report"_s)) : AuditLog(ctx.db()).all();
    if (ctx.json()) {
        QJsonArray a;
        for (const AuditEntry &e : entries)
            a.append(QJsonObject{{u"id"_s, e.id}, {u"at"_s, dateTimeText(e.at)}, {u"person"_s, e.person},
                                 {u"report_id"_s, e.reportId}, {u"action"_s, e.action}, {u"version"_s, e.version},
                                 {u"detail"_s, e.detail}, {u"hash"_s, e.hash}});
        ctx.printJson(a);
        return Ok;
    }
    for (const AuditEntry &e : entries)
        ctx.out() << u"%1\t%2\t%3\t报告 %4\t%5\t%6\n"_s.arg(e.id)
                         .arg(e.at.toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss"_s), e.person)
                         .arg(e.reportId)
                         .arg(e.action, e.detail);
    return Ok;
}

int auditVerify(Context &ctx)
{
    const Options o(ctx.args(), {}, {});
    const AuditLog::Verification v = AuditLog(ctx.db()).verify();
    if (ctx.json())
        ctx.printJson(QJsonObject{{u"ok"_s, v.ok}, {u"entries"_s, v.entries}, {u"first_broken_id"_s, v.firstBrokenId},
                                  {u"reason"_s, v.reason}});
    else if (v.ok)
        ctx.out() << u"审计记录完整：共 %1 条，哈希链全部吻合。\n"_s.arg(v.entries);
    else
        ctx.err() << u"审计记录被改动过：%1\n"_s.arg(v.reason);
    return v.ok ? Ok : Failed;
}

const QString kAs = u" [--as 姓名]"_s;
const Registry::Registration regUserAdd(u"user add"_s, u"--name 姓名 --unit 单位 --role drafter|reviewer|signer|admin[,…] [--password-stdin]"_s,
                                        u"添加人员及其在本单位的角色"_s, userAdd);
const Registry::Registration regUserList(u"user list"_s, QString(), u"列出人员和角色"_s, userList);
const Registry::Registration regSubmit(u"report submit"_s, u"--report ID [--comment 说明]"_s + kAs, u"报送报告（冻结为一个版本）"_s,
                                       [](Context &c) { return transition(c, u"submit"_s); });
const Registry::Registration regReturn(u"report return"_s, u"--report ID --comment 理由"_s + kAs, u"退回报告"_s,
                                       [](Context &c) { return transition(c, u"return"_s); });
const Registry::Registration regApprove(u"report approve"_s, u"--report ID [--comment 意见]"_s + kAs, u"审核通过报告"_s,
                                        [](Context &c) { return transition(c, u"approve"_s); });
const Registry::Registration regPublish(u"report publish"_s, u"--report ID --date YYYY-MM-DD --url 网址"_s + kAs,
                                        u"公开已审核的报告"_s, [](Context &c) { return transition(c, u"publish"_s); });
const Registry::Registration regReopen(u"report reopen"_s, u"--report ID --reason 理由"_s + kAs,
                                       u"管理员把已审核或已公开的报告退回草稿"_s,
                                       [](Context &c) { return transition(c, u"reopen"_s); });
const Registry::Registration regDiff(u"report diff"_s, u"--report ID --from 版本 [--to 版本|current] [--format docx -o 文件]"_s,
                                     u"比较报告的两个版本；--format docx 导出带修订和批注的 Word 文档"_s, reportDiff);
const Registry::Registration regVersionList(u"version list"_s, u"--report ID"_s, u"列出报告的版本"_s, versionList);
const Registry::Registration regVersionSave(u"version save"_s, u"--report ID --name 名称"_s + kAs, u"把报告另存为命名版本"_s,
                                            versionSave);
const Registry::Registration regVersionShow(u"version show"_s, u"--report ID --version N"_s, u"显示某一版本的内容"_s,
                                            versionShow);
const Registry::Registration regVersionRestore(u"version restore"_s, u"--report ID --version N"_s + kAs,
                                               u"恢复到某一版本"_s, versionRestore);
const Registry::Registration regCommentAdd(u"comment add"_s, u"--report ID [--section ID] [--quote 原文] --text 批注"_s + kAs,
                                           u"在报告的文字上添加批注"_s, commentAdd);
const Registry::Registration regCommentReply(u"comment reply"_s, u"--comment ID --text 回复"_s + kAs, u"回复批注"_s,
                                             commentReply);
const Registry::Registration regCommentList(u"comment list"_s, u"--report ID"_s, u"列出报告的批注"_s, commentList);
const Registry::Registration regCommentResolve(u"comment resolve"_s, u"ID"_s + kAs, u"把批注标为已解决"_s,
                                               [](Context &c) { return commentResolve(c, true); });
const Registry::Registration regCommentReopen(u"comment reopen"_s, u"ID"_s + kAs, u"重新打开批注"_s,
                                              [](Context &c) { return commentResolve(c, false); });
const Registry::Registration regAuditList(u"audit list"_s, u"[--report ID]"_s, u"列出审计记录"_s, auditList);
const Registry::Registration regAuditVerify(u"audit verify"_s, QString(), u"校验审计记录的哈希链"_s, auditVerify);

} // namespace

} // namespace fazhi::cli

// SPDX-License-Identifier: GPL-3.0-or-later
#include "review/ReviewWorkflow.h"

#include "import/MarkdownForm.h"
#include "review/CommentAnchor.h"
#include "storage/AuditLog.h"
#include "storage/CommentRepository.h"
#include "storage/Database.h"
#include "storage/DocumentStore.h"
#include "storage/MetricRepository.h"
#include "storage/ProblemRepository.h"
#include "storage/ReportRepository.h"
#include "storage/ReviewRepository.h"
#include "storage/SectionRepository.h"
#include "storage/UnitRepository.h"
#include "storage/VersionRepository.h"
#include "util/Failure.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace fazhi {

namespace {

QString statusName(ReportStatus s) { return reportStatusLabel(s); }

Failure refused(const QString &message) { return Failure(message, Failure::Kind::Operation); }

} // namespace

ReviewWorkflow::ReviewWorkflow(Database &db, Person actor) : m_db(db), m_actor(std::move(actor)) {}

QList<qint64> ReviewWorkflow::unitAndSuperiors(qint64 unitId) const
{
    QList<qint64> chain;
    QSet<qint64> seen;
    UnitRepository units(m_db);
    for (qint64 id = unitId; id > 0 && !seen.contains(id);) {
        chain << id;
        seen.insert(id);
        const auto unit = units.find(id);
        id = unit ? unit->parentId : 0;
    }
    return chain;
}

bool ReviewWorkflow::hasRole(Role role, qint64 unitId, bool orSuperior) const
{
    const QList<qint64> units = orSuperior ? unitAndSuperiors(unitId) : QList<qint64>{unitId};
    for (const RoleGrant &g : m_actor.roles)
        if (g.role == role && units.contains(g.unitId))
            return true;
    return false;
}

bool ReviewWorkflow::mayRead(qint64 reportId) const
{
    const auto report = ReportRepository(m_db).find(reportId);
    if (!report)
        return false;
    for (Role r : {Role::Drafter, Role::Reviewer, Role::Signer, Role::Admin})
        if (hasRole(r, report->unitId, r != Role::Drafter))
            return true;
    return false;
}

Report ReviewWorkflow::requireReport(qint64 reportId) const
{
    const auto report = ReportRepository(m_db).find(reportId);
    if (!report)
        throw Failure(u"找不到编号为 %1 的报告。"_s.arg(reportId), Failure::Kind::Input);
    return *report;
}

void ReviewWorkflow::requireRole(const Report &report, std::initializer_list<Role> roles, bool orSuperior,
                                 const QString &action) const
{
    for (Role r : roles)
        if (hasRole(r, report.unitId, orSuperior))
            return;
    QStringList names;
    for (Role r : roles)
        names << roleLabel(r);
    const auto unit = UnitRepository(m_db).find(report.unitId);
    throw refused(u"%1没有%2这份报告的权限：需要%3%4的%5角色。"_s.arg(
        m_actor.name, action, unit ? unit->fullName : QString(), orSuperior ? u"（或其上级单位）"_s : QString(),
        names.join(u'或')));
}

void ReviewWorkflow::requireAllowed(const Report &report, Transition transition) const
{
    switch (transition) {
    case Transition::Submit:
        requireRole(report, {Role::Drafter}, false, u"报送"_s);
        if (report.status != ReportStatus::Draft && report.status != ReportStatus::Returned)
            throw refused(u"这份报告当前为“%1”，只有草稿或已退回的报告可以报送。"_s.arg(statusName(report.status)));
        return;
    case Transition::Return:
        requireRole(report, {Role::Reviewer, Role::Signer}, true, u"退回"_s);
        if (report.status != ReportStatus::Submitted)
            throw refused(u"这份报告当前为“%1”，只有已报送的报告可以退回。"_s.arg(statusName(report.status)));
        return;
    case Transition::Approve: {
        requireRole(report, {Role::Reviewer, Role::Signer}, true, u"审核通过"_s);
        if (report.status != ReportStatus::Submitted)
            throw refused(u"这份报告当前为“%1”，只有已报送的报告可以审核通过。"_s.arg(statusName(report.status)));
        const auto submitted = VersionRepository(m_db).latest(report.id, ReportVersion::Kind::Submission);
        if (submitted && (submitted->author == m_actor.name || submitted->editors.contains(m_actor.name)))
            throw refused(u"%1起草或修改过报送的这一版，不能自己审核通过（审核须由他人完成）。"_s.arg(m_actor.name));
        return;
    }
    case Transition::Publish:
        requireRole(report, {Role::Signer}, true, u"公开"_s);
        if (report.status != ReportStatus::Approved)
            throw refused(u"这份报告当前为“%1”，只有已审核的报告可以公开。"_s.arg(statusName(report.status)));
        return;
    case Transition::Reopen:
        requireRole(report, {Role::Admin}, true, u"重新打开"_s);
        if (report.status != ReportStatus::Approved && report.status != ReportStatus::Published)
            throw refused(u"这份报告当前为“%1”，只有已审核或已公开的报告需要重新打开。"_s.arg(statusName(report.status)));
        return;
    }
}

QString ReviewWorkflow::refusal(qint64 reportId, Transition transition) const
{
    try {
        requireAllowed(requireReport(reportId), transition);
    } catch (const Failure &f) {
        return f.message();
    }
    return {};
}

void ReviewWorkflow::submit(qint64 reportId, const QString &comment)
{
    Transaction tx(m_db);
    const Report report = requireReport(reportId);
    requireAllowed(report, Transition::Submit);

    ReviewRepository review(m_db);
    QStringList editors = review.editors(reportId);
    if (!editors.contains(m_actor.name))
        editors << m_actor.name;
    ReportVersion v;
    v.reportId = reportId;
    v.kind = ReportVersion::Kind::Submission;
    v.author = m_actor.name;
    v.editors = editors;
    v.content = MarkdownForm::write(DocumentStore(m_db).load(reportId, false));
    const int number = VersionRepository(m_db).insert(v);
    review.clearEditors(reportId);
    ReportRepository(m_db).setStatus(reportId, ReportStatus::Submitted);
    review.setSubmitted(reportId, QDateTime::currentDateTimeUtc());
    AuditLog(m_db).append(m_actor.name, reportId, u"submit"_s, number, comment);
    tx.commit();
}

void ReviewWorkflow::returnReport(qint64 reportId, const QString &reason)
{
    Transaction tx(m_db);
    const Report report = requireReport(reportId);
    requireAllowed(report, Transition::Return);
    if (reason.trimmed().isEmpty() && CommentRepository(m_db).openCount(reportId) == 0)
        throw Failure(u"退回报告时请写明理由，或先添加至少一条批注。"_s, Failure::Kind::Input);
    const auto submitted = VersionRepository(m_db).latest(reportId, ReportVersion::Kind::Submission);
    ReportRepository(m_db).setStatus(reportId, ReportStatus::Returned);
    AuditLog(m_db).append(m_actor.name, reportId, u"return"_s, submitted ? submitted->number : 0, reason.trimmed());
    tx.commit();
}

void ReviewWorkflow::approve(qint64 reportId, const QString &comment)
{
    Transaction tx(m_db);
    const Report report = requireReport(reportId);
    requireAllowed(report, Transition::Approve);
    const auto submitted = VersionRepository(m_db).latest(reportId, ReportVersion::Kind::Submission);
    ReportRepository(m_db).setStatus(reportId, ReportStatus::Approved);
    ReviewRepository(m_db).setApproved(reportId, QDateTime::currentDateTimeUtc());
    AuditLog(m_db).append(m_actor.name, reportId, u"approve"_s, submitted ? submitted->number : 0, comment.trimmed());
    tx.commit();
}

void ReviewWorkflow::publish(qint64 reportId, const QDate &date, const QString &url)
{
    Transaction tx(m_db);
    const Report report = requireReport(reportId);
    requireAllowed(report, Transition::Publish);
    if (!date.isValid())
        throw Failure(u"请给出公开日期。"_s, Failure::Kind::Input);
    const QString address = url.trimmed();
    if (!address.startsWith(u"http://"_s) && !address.startsWith(u"https://"_s))
        throw Failure(u"请给出公开的网址（以 http:// 或 https:// 开头）。"_s, Failure::Kind::Input);
    ReviewRepository(m_db).setPublished(reportId, date, address);
    ReportRepository(m_db).setStatus(reportId, ReportStatus::Published);
    const auto submitted = VersionRepository(m_db).latest(reportId, ReportVersion::Kind::Submission);
    AuditLog(m_db).append(m_actor.name, reportId, u"publish"_s, submitted ? submitted->number : 0,
                          date.toString(Qt::ISODate) + u' ' + address);
    tx.commit();
}

void ReviewWorkflow::reopen(qint64 reportId, const QString &reason)
{
    Transaction tx(m_db);
    const Report report = requireReport(reportId);
    requireAllowed(report, Transition::Reopen);
    if (reason.trimmed().isEmpty())
        throw Failure(u"重新打开报告时请写明理由。"_s, Failure::Kind::Input);
    ReportRepository(m_db).setStatus(reportId, ReportStatus::Draft);
    AuditLog(m_db).append(m_actor.name, reportId, u"reopen"_s, 0, reason.trimmed());
    tx.commit();
}

int ReviewWorkflow::saveVersion(qint64 reportId, const QString &name)
{
    Transaction tx(m_db);
    const Report report = requireReport(reportId);
    requireRole(report, {Role::Drafter}, false, u"保存版本"_s);
    if (name.trimmed().isEmpty())
        throw Failure(u"请给版本起一个名字。"_s, Failure::Kind::Input);
    ReportVersion v;
    v.reportId = reportId;
    v.kind = ReportVersion::Kind::Named;
    v.name = name.trimmed();
    v.author = m_actor.name;
    v.editors = ReviewRepository(m_db).editors(reportId);
    v.content = MarkdownForm::write(DocumentStore(m_db).load(reportId, false));
    const int number = VersionRepository(m_db).insert(v);
    AuditLog(m_db).append(m_actor.name, reportId, u"version-save"_s, number, v.name);
    tx.commit();
    return number;
}

int ReviewWorkflow::restoreVersion(qint64 reportId, int number)
{
    Transaction tx(m_db);
    const Report report = requireReport(reportId);
    requireRole(report, {Role::Drafter}, false, u"恢复版本"_s);
    if (report.status != ReportStatus::Draft && report.status != ReportStatus::Returned)
        throw refused(u"这份报告当前为“%1”，不能修改。"_s.arg(statusName(report.status)));
    VersionRepository versions(m_db);
    const auto version = versions.find(reportId, number);
    if (!version)
        throw Failure(u"报告 %1 没有第 %2 版。"_s.arg(reportId).arg(number), Failure::Kind::Input);

    // What is there now is kept first, so that a restore can itself be undone.
    ReportVersion before;
    before.reportId = reportId;
    before.kind = ReportVersion::Kind::BeforeRestore;
    before.name = u"恢复第 %1 版之前"_s.arg(number);
    before.author = m_actor.name;
    before.content = MarkdownForm::write(DocumentStore(m_db).load(reportId, false));
    const int beforeNumber = versions.insert(before);

    const ReportDocument doc = MarkdownForm::read(version->content);
    Report r = report;
    r.title = doc.report.title;
    r.addressee = doc.report.addressee;
    r.opening = doc.report.opening;
    r.signatories = doc.report.signatories;
    r.writtenDate = doc.report.writtenDate;
    r.note = doc.report.note;
    ReportRepository(m_db).update(r);
    DocumentStore(m_db).replaceSections(reportId, doc.sections);
    MetricRepository metrics(m_db);
    for (const MetricValue &m : metrics.forReport(reportId))
        metrics.remove(reportId, m.key);
    for (MetricValue m : doc.metrics) {
        m.reportId = reportId;
        metrics.set(m);
    }
    ProblemRepository problems(m_db);
    for (const Problem &p : problems.forReport(reportId))
        problems.remove(p.id);
    int position = 0;
    for (Problem p : doc.problems) {
        p.id = 0;
        p.reportId = reportId;
        p.position = position++;
        problems.insert(p);
    }
    if (m_actor.id > 0)
        ReviewRepository(m_db).noteEditor(reportId, m_actor.id);
    AuditLog(m_db).append(m_actor.name, reportId, u"restore"_s, number, version->name);
    tx.commit();
    return beforeNumber;
}

qint64 ReviewWorkflow::addComment(qint64 reportId, qint64 sectionId, const QString &quote, const QString &body, int hint)
{
    Transaction tx(m_db);
    const Report report = requireReport(reportId);
    requireRole(report, {Role::Reviewer, Role::Signer, Role::Drafter, Role::Admin}, true, u"批注"_s);
    Comment c;
    c.reportId = reportId;
    c.author = m_actor.name;
    c.body = body;
    c.quote = quote;
    if (!quote.isEmpty()) {
        // Without a section, the first section whose text holds the words.
        const QList<Section> sections = SectionRepository(m_db).forReport(reportId);
        for (const Section &s : sections) {
            if ((sectionId > 0 && s.id != sectionId) || s.reportId != reportId)
                continue;
            int at = s.body.indexOf(quote, qMax(0, hint));
            if (at < 0)
                at = s.body.indexOf(quote);
            if (at < 0)
                continue;
            const CommentAnchor::Place place = CommentAnchor::at(s.body, at, int(quote.size()));
            c.sectionId = s.id;
            c.start = place.start;
            c.prefix = place.prefix;
            c.suffix = place.suffix;
            break;
        }
        if (c.sectionId == 0)
            throw Failure(u"在报告正文中找不到要批注的文字“%1”。"_s.arg(quote), Failure::Kind::Input);
    } else {
        c.sectionId = sectionId;
    }
    const qint64 id = CommentRepository(m_db).insert(c);
    AuditLog(m_db).append(m_actor.name, reportId, u"comment"_s, 0, u"#%1 %2"_s.arg(id).arg(body.trimmed().left(80)));
    tx.commit();
    return id;
}

qint64 ReviewWorkflow::reply(qint64 commentId, const QString &body)
{
    Transaction tx(m_db);
    const auto parent = CommentRepository(m_db).find(commentId);
    if (!parent)
        throw Failure(u"找不到编号为 %1 的批注。"_s.arg(commentId), Failure::Kind::Input);
    const Report report = requireReport(parent->reportId);
    requireRole(report, {Role::Reviewer, Role::Signer, Role::Drafter, Role::Admin}, true, u"回复批注"_s);
    Comment c;
    c.reportId = parent->reportId;
    c.sectionId = parent->sectionId;
    c.parentId = parent->id;
    c.author = m_actor.name;
    c.body = body;
    const qint64 id = CommentRepository(m_db).insert(c);
    AuditLog(m_db).append(m_actor.name, parent->reportId, u"comment"_s, 0,
                          u"#%1 回复 #%2 %3"_s.arg(id).arg(commentId).arg(body.trimmed().left(80)));
    tx.commit();
    return id;
}

void ReviewWorkflow::resolveComment(qint64 commentId, bool resolved)
{
    Transaction tx(m_db);
    CommentRepository comments(m_db);
    const auto c = comments.find(commentId);
    if (!c)
        throw Failure(u"找不到编号为 %1 的批注。"_s.arg(commentId), Failure::Kind::Input);
    const Report report = requireReport(c->reportId);
    requireRole(report, {Role::Reviewer, Role::Signer, Role::Drafter, Role::Admin}, true, u"处理批注"_s);
    comments.setStatus(commentId, resolved ? Comment::Status::Resolved : Comment::Status::Open);
    AuditLog(m_db).append(m_actor.name, c->reportId, resolved ? u"resolve"_s : u"reopen-comment"_s, 0,
                          u"#%1"_s.arg(commentId));
    tx.commit();
}

void ReviewWorkflow::refreshAnchors(qint64 reportId)
{
    if (m_db.isReadOnly())
        return;
    Transaction tx(m_db);
    CommentRepository comments(m_db);
    SectionRepository sections(m_db);
    for (const Comment &c : comments.forReport(reportId)) {
        if (c.sectionId <= 0 || c.quote.isEmpty() || c.parentId > 0)
            continue;
        const auto section = sections.find(c.sectionId);
        const CommentAnchor::Place place = section ? CommentAnchor::locate(c, section->body) : CommentAnchor::Place{};
        if (place.start == c.start && (place.start < 0 || (place.prefix == c.prefix && place.suffix == c.suffix)))
            continue;
        // An orphan keeps the context it last had, so that it can still be found if the words return.
        if (place.start < 0)
            comments.setAnchor(c.id, -1, c.prefix, c.suffix);
        else
            comments.setAnchor(c.id, place.start, place.prefix, place.suffix);
    }
    tx.commit();
}

void ReviewWorkflow::noteEdit(qint64 reportId)
{
    if (m_actor.id <= 0)
        return;
    const Report report = requireReport(reportId);
    requireRole(report, {Role::Drafter}, false, u"修改"_s);
    ReviewRepository(m_db).noteEditor(reportId, m_actor.id);
}

} // namespace fazhi

// SPDX-License-Identifier: GPL-3.0-or-later
#include "review/WordReview.h"

#include "review/CommentAnchor.h"
#include "review/ReviewWorkflow.h"
#include "storage/AuditLog.h"
#include "storage/CommentRepository.h"
#include "storage/Database.h"
#include "storage/DocumentStore.h"
#include "storage/ReportRepository.h"
#include "storage/ReviewRepository.h"
#include "storage/SectionRepository.h"
#include "storage/SuggestionRepository.h"
#include "text/ReportLayout.h"
#include "util/Failure.h"

#include <QHash>

#include <dtl/dtl.hpp>

#include <vector>

using namespace Qt::StringLiterals;

namespace fazhi {

namespace {

using Target = Suggestion::Target;

/// A place in the report: the text a change is in, and the offset there.
struct Place
{
    Target target = Target::Other;
    qint64 sectionId = 0;
    int offset = 0;
    bool operator==(const Place &o) const = default;
    bool sameText(const Place &o) const { return target == o.target && sectionId == o.sectionId; }
};

bool bodyLike(Target t) { return t == Target::Body || t == Target::Opening; }

/// The report's texts that suggestions change, by target and section.
class Texts
{
public:
    explicit Texts(const ReportDocument &doc) : m_doc(doc) {}

    QString of(Target target, qint64 sectionId) const
    {
        const Report &r = m_doc.report;
        switch (target) {
        case Target::Title: return r.title;
        case Target::Addressee: return r.addressee;
        case Target::Opening: return r.opening;
        case Target::Note: return r.note;
        case Target::Body:
        case Target::Heading:
            for (const Section &s : m_doc.sections)
                if (s.id == sectionId)
                    return target == Target::Body ? s.body : s.heading;
            return {};
        case Target::Other: return {};
        }
        return {};
    }

private:
    const ReportDocument &m_doc;
};

/// The report's layout blocks, with where each block's characters are in the text it comes from.
class Layout
{
public:
    explicit Layout(const ReportDocument &doc) : m_texts(doc), m_blocks(ReportLayout::build(doc).blocks()) {}

    const QList<LayoutBlock> &blocks() const { return m_blocks; }

    /// Where offset `k` of block `b`'s printed text is.
    Place place(int b, int k) const
    {
        const LayoutBlock &block = m_blocks.at(b);
        k = qBound(0, k, int(block.text.size()));
        switch (block.kind) {
        case BlockKind::Title: return {Target::Title, 0, k};
        case BlockKind::Addressee: return {Target::Addressee, 0, qMin(k, int(m_texts.of(Target::Addressee, 0).size()))};
        case BlockKind::Note: return {Target::Note, 0, k};
        case BlockKind::Signature:
        case BlockKind::Date: return {};
        case BlockKind::PartHeading:
        case BlockKind::SubHeading: return headingPlace(block, k);
        case BlockKind::Opening:
        case BlockKind::Paragraph:
        case BlockKind::Item:
            break;
        }
        if (block.kind == BlockKind::Paragraph && block.headingLength > 0 && k < block.headingLength)
            return headingPlace(block, k);
        const Target target = block.sectionId > 0 ? Target::Body : Target::Opening;
        if (block.sectionId <= 0 && block.kind != BlockKind::Opening && block.kind != BlockKind::Item &&
            block.kind != BlockKind::Paragraph)
            return {};
        return {target, block.sectionId, bodyOffset(block, m_texts.of(target, block.sectionId), k)};
    }

    const Texts &texts() const { return m_texts; }

private:
    Place headingPlace(const LayoutBlock &block, int k) const
    {
        const int n = int(block.number.size());
        if (k < n)
            return {};
        const QString heading = m_texts.of(Target::Heading, block.sectionId);
        return {Target::Heading, block.sectionId, qMin(k - n, int(heading.size()))};
    }

    /// The printed text's characters found one after another in the Markdown from the block's start, so
    /// that emphasis marks and escapes in between are stepped over.
    static int bodyOffset(const LayoutBlock &block, const QString &markdown, int k)
    {
        int content = 0;
        if (block.kind == BlockKind::Item)
            content = int(block.number.size());
        else if (block.headingLength > 0)
            content = block.headingLength;
        int j = qBound(0, block.sourceOffset, int(markdown.size()));
        for (int i = content; i < k && i < block.text.size(); ++i) {
            int found = j;
            while (found < markdown.size() && markdown.at(found) != block.text.at(i))
                ++found;
            if (found >= markdown.size())
                break;
            j = found + 1;
        }
        return j;
    }

    Texts m_texts;
    QList<LayoutBlock> m_blocks;
};

/// The document's paragraphs (as it was before the changes) matched with the layout's blocks.
class Alignment
{
public:
    Alignment(const QString &original, const Layout &layout)
    {
        int start = 0;
        for (const QString &text : original.split(u'\n')) {
            m_paragraphs.append({start, int(text.size()), -1});
            start += int(text.size()) + 1;
        }
        std::vector<QString> a;
        std::vector<int> aIndex;
        for (int i = 0; i < m_paragraphs.size(); ++i) {
            const QString t = original.mid(m_paragraphs.at(i).start, m_paragraphs.at(i).length).trimmed();
            if (!t.isEmpty()) {
                a.push_back(t);
                aIndex.push_back(i);
            }
        }
        std::vector<QString> b;
        for (const LayoutBlock &block : layout.blocks())
            b.push_back(block.text.trimmed());
        dtl::Diff<QString, std::vector<QString>> diff(a, b);
        diff.compose();
        // Equal texts match; within a hunk of as many paragraphs as blocks, they match in order (a
        // paragraph retyped slightly differently is still the same paragraph).
        QList<int> dels;
        QList<int> adds;
        const auto flush = [&] {
            if (dels.size() == adds.size())
                for (qsizetype i = 0; i < dels.size(); ++i)
                    m_paragraphs[aIndex.at(size_t(dels.at(i)))].block = adds.at(i);
            dels.clear();
            adds.clear();
        };
        // Indexes counted along the edit script (dtl's own are not those of the inputs when it swapped them).
        int i = 0;
        int j = 0;
        const auto ses = diff.getSes(); // by value: the sequence below lives in it
        for (const auto &[elem, info] : ses.getSequence()) {
            if (info.type == dtl::SES_COMMON) {
                flush();
                m_paragraphs[aIndex.at(size_t(i++))].block = j++;
            } else if (info.type == dtl::SES_DELETE) {
                dels.append(i++);
            } else {
                adds.append(j++);
            }
        }
        flush();
    }

    /// The paragraph that offset `pos` of the original text is in (its end included).
    int paragraphAt(int pos) const
    {
        for (int i = 0; i < m_paragraphs.size(); ++i)
            if (pos >= m_paragraphs.at(i).start && pos <= m_paragraphs.at(i).start + m_paragraphs.at(i).length)
                return i;
        return -1;
    }
    int blockOf(int paragraph) const { return paragraph >= 0 && paragraph < m_paragraphs.size() ? m_paragraphs.at(paragraph).block : -1; }
    int start(int paragraph) const { return m_paragraphs.at(paragraph).start; }
    int length(int paragraph) const { return m_paragraphs.at(paragraph).length; }

    /// Where offset `pos` of the original text is in the report, leading spaces of a paragraph allowed for.
    Place place(int pos, const Layout &layout, const QString &original) const
    {
        const int p = paragraphAt(pos);
        const int b = blockOf(p);
        if (b < 0)
            return {};
        const QString text = original.mid(start(p), length(p));
        int lead = 0;
        while (lead < text.size() && text.at(lead).isSpace())
            ++lead;
        return layout.place(b, pos - start(p) - lead);
    }

private:
    struct Paragraph
    {
        int start;
        int length;
        int block;
    };
    QList<Paragraph> m_paragraphs;
};

QString contextBefore(const QString &text, int at) { return text.mid(qMax(0, at - Comment::kContext), qMin(at, Comment::kContext)); }
QString contextAfter(const QString &text, int at) { return text.mid(at, Comment::kContext); }

/// One tracked change placed on the report.
Suggestion placeChange(const TrackedDocx &docx, const TrackedDocx::Change &c, const Alignment &align, const Layout &layout)
{
    Suggestion s;
    s.author = c.author;
    s.madeAt = c.date;
    const bool deletion = c.kind == TrackedDocx::Change::Kind::Deleted;
    const QString &original = docx.original;
    Place from;
    Place to;
    QString inserted;
    if (deletion) {
        from = align.place(c.at, layout, original);
        to = align.place(c.at + int(c.text.size()), layout, original);
        if (c.text.endsWith(u'\n') && !from.sameText(to) && bodyLike(from.target)) {
            // The last paragraphs of a body: the line break before them goes, not the one after.
            to = align.place(c.at + int(c.text.size()) - 1, layout, original);
            if (from.sameText(to) && from.offset > 0 && layout.texts().of(from.target, from.sectionId).at(from.offset - 1) == u'\n')
                --from.offset;
        }
    } else {
        inserted = c.text;
        from = align.place(c.at, layout, original);
        const int p = align.paragraphAt(c.at);
        const bool atParagraphStart = p >= 0 && c.at == align.start(p);
        if (inserted.endsWith(u'\n') && atParagraphStart && !bodyLike(from.target)) {
            // New paragraphs before a heading or the signature: at the end of the text above them.
            const int above = p - 1;
            const int b = align.blockOf(above);
            const Place end = b >= 0 ? layout.place(b, int(layout.blocks().at(b).text.size())) : Place{};
            const LayoutBlock *block = b >= 0 ? &layout.blocks().at(b) : nullptr;
            inserted.chop(1);
            if (bodyLike(end.target)) {
                from = end;
                inserted.prepend(u'\n');
            } else if (block && (block->kind == BlockKind::PartHeading || block->kind == BlockKind::SubHeading)) {
                from = {Target::Body, block->sectionId, 0};
                if (!layout.texts().of(Target::Body, block->sectionId).isEmpty())
                    inserted += u'\n';
            } else if (block && (block->kind == BlockKind::Title || block->kind == BlockKind::Addressee)) {
                from = {Target::Opening, 0, 0};
                if (!layout.texts().of(Target::Opening, 0).isEmpty())
                    inserted += u'\n';
            } else {
                from = {};
            }
        }
        to = from;
    }

    if (from.target == Target::Other || !from.sameText(to) || to.offset < from.offset ||
        (!bodyLike(from.target) && (c.text.contains(u'\n')))) {
        s.target = Target::Other;
        (deletion ? s.oldText : s.newText) = c.text;
        return s;
    }
    const QString text = layout.texts().of(from.target, from.sectionId);
    s.target = from.target;
    s.sectionId = from.target == Target::Body || from.target == Target::Heading ? from.sectionId : 0;
    s.start = from.offset;
    if (deletion)
        s.oldText = text.mid(from.offset, to.offset - from.offset);
    else
        s.newText = bodyLike(from.target) ? markdownEscape(inserted) : inserted;
    s.prefix = contextBefore(text, s.start);
    s.suffix = contextAfter(text, s.start + int(s.oldText.size()));
    if (s.oldText.isEmpty() && s.newText.isEmpty()) {
        s.target = Target::Other;
        (deletion ? s.oldText : s.newText) = c.text;
    }
    return s;
}

/// Length of the common end of `a` and the text before `at`, plus the common start of `b` and the text from `to`.
int contextScore(const QString &text, int at, int to, const QString &prefix, const QString &suffix)
{
    int score = 0;
    while (score < prefix.size() && at - score - 1 >= 0 && prefix.at(prefix.size() - score - 1) == text.at(at - score - 1))
        ++score;
    int after = 0;
    while (after < suffix.size() && to + after < text.size() && suffix.at(after) == text.at(to + after))
        ++after;
    return score + after;
}

} // namespace

WordReview::WordReview(Database &db, Person actor) : m_db(db), m_actor(std::move(actor)) {}

WordReview::Imported WordReview::import(qint64 reportId, const QByteArray &docx, const QString &source)
{
    return import(reportId, TrackedDocx::read(docx), source);
}

WordReview::Imported WordReview::import(qint64 reportId, const TrackedDocx &docx, const QString &source)
{
    Transaction tx(m_db);
    const auto report = ReportRepository(m_db).find(reportId);
    if (!report)
        throw Failure(u"找不到编号为 %1 的报告。"_s.arg(reportId), Failure::Kind::Input);
    const ReviewWorkflow flow(m_db, m_actor);
    if (!flow.hasRole(Role::Drafter, report->unitId, false) && !flow.hasRole(Role::Reviewer, report->unitId, true) &&
        !flow.hasRole(Role::Signer, report->unitId, true) && !flow.hasRole(Role::Admin, report->unitId, true))
        throw Failure(u"%1没有导入这份报告审阅稿的权限：需要本单位的起草人，或本单位（或其上级单位）的审核人、签发人、管理员角色。"_s
                          .arg(m_actor.name),
                      Failure::Kind::Operation);
    if (docx.changes.isEmpty() && docx.comments.isEmpty())
        throw Failure(u"这个 Word 文档里没有修订，也没有批注，没有可导入的内容。"_s, Failure::Kind::Input);

    const ReportDocument doc = DocumentStore(m_db).load(reportId, false);
    const Layout layout(doc);
    const Alignment align(docx.original, layout);
    Imported result;
    SuggestionRepository suggestions(m_db);
    for (const TrackedDocx::Change &c : docx.changes) {
        Suggestion s = placeChange(docx, c, align, layout);
        s.reportId = reportId;
        s.source = source;
        if (s.target == Target::Other)
            ++result.unplaced;
        result.suggestions.append(suggestions.insert(s));
    }

    CommentRepository comments(m_db);
    QHash<QString, qint64> stored; // the document's comment id → ours
    for (const TrackedDocx::Remark &r : docx.comments) {
        if (r.text.trimmed().isEmpty())
            continue;
        Comment c;
        c.reportId = reportId;
        c.author = r.author.isEmpty() ? m_actor.name : r.author;
        c.body = r.text;
        if (!r.parent.isEmpty() && stored.contains(r.parent)) {
            const auto parent = comments.find(stored.value(r.parent));
            c.parentId = parent->id;
            c.sectionId = parent->sectionId;
        } else if (r.start >= 0) {
            const QString quote = docx.original.mid(r.start, r.end - r.start).trimmed();
            const int lead = int(docx.original.mid(r.start, r.end - r.start).indexOf(quote));
            const Place at = align.place(r.start + qMax(0, lead), layout, docx.original);
            if (at.target == Target::Body || at.target == Target::Heading)
                c.sectionId = at.sectionId;
            const QString body = at.target == Target::Body ? layout.texts().of(Target::Body, at.sectionId) : QString();
            int found = quote.isEmpty() || quote.contains(u'\n') ? -1 : int(body.indexOf(quote, qMax(0, at.offset - 1)));
            if (found < 0 && !quote.isEmpty() && !quote.contains(u'\n'))
                found = int(body.indexOf(quote));
            if (found >= 0) {
                const CommentAnchor::Place place = CommentAnchor::at(body, found, int(quote.size()));
                c.quote = quote;
                c.start = place.start;
                c.prefix = place.prefix;
                c.suffix = place.suffix;
            } else if (!quote.isEmpty()) {
                // Words not in a section's body (a heading, the title, across paragraphs): said in the text.
                c.body = u"（批注原文：“%1”）"_s.arg(quote.left(200)) + u'\n' + c.body;
            }
        }
        const qint64 id = comments.insert(c);
        stored.insert(r.id, id);
        result.comments.append(id);
    }
    AuditLog(m_db).append(m_actor.name, reportId, u"import"_s, 0,
                          u"审阅稿 %1：修改建议 %2 条，批注 %3 条"_s.arg(source)
                              .arg(result.suggestions.size())
                              .arg(result.comments.size()));
    tx.commit();
    return result;
}

Suggestion WordReview::requireOpen(qint64 suggestionId) const
{
    const auto s = SuggestionRepository(m_db).find(suggestionId);
    if (!s)
        throw Failure(u"找不到编号为 %1 的修改建议。"_s.arg(suggestionId), Failure::Kind::Input);
    if (s->status != Suggestion::Status::Open)
        throw Failure(u"修改建议 %1 已经%2。"_s.arg(suggestionId).arg(s->status == Suggestion::Status::Accepted ? u"采纳"_s : u"拒绝"_s),
                      Failure::Kind::Operation);
    return *s;
}

void WordReview::requireDrafter(qint64 reportId, const QString &action) const
{
    const auto report = ReportRepository(m_db).find(reportId);
    if (!report)
        throw Failure(u"找不到编号为 %1 的报告。"_s.arg(reportId), Failure::Kind::Input);
    if (!ReviewWorkflow(m_db, m_actor).hasRole(Role::Drafter, report->unitId, false))
        throw Failure(u"%1没有%2修改建议的权限：需要本单位的起草人角色。"_s.arg(m_actor.name, action), Failure::Kind::Operation);
    if (report->status != ReportStatus::Draft && report->status != ReportStatus::Returned)
        throw Failure(u"这份报告已报送、已审核或已公开，内容不能修改。如需修改，请由审核人退回，或由管理员重新打开。"_s,
                      Failure::Kind::Operation);
}

int WordReview::locate(const Suggestion &s, const QString &text)
{
    const int n = int(s.oldText.size());
    const auto fits = [&](int at) { return at >= 0 && at + n <= text.size() && QStringView(text).mid(at, n) == s.oldText; };
    const int wanted = qMin(4, int(s.prefix.size() + s.suffix.size()));
    if (fits(s.start) && (wanted == 0 || contextScore(text, s.start, s.start + n, s.prefix, s.suffix) >= wanted ||
                          (n > 0 && text.count(s.oldText) == 1)))
        return s.start;
    // Found again: the candidate whose surroundings best match the remembered context, then the nearest.
    QList<int> candidates;
    if (n > 0) {
        for (qsizetype at = text.indexOf(s.oldText); at >= 0; at = text.indexOf(s.oldText, at + 1))
            candidates << int(at);
    } else {
        const QString tail = s.prefix.right(8);
        const QString head = s.suffix.left(8);
        if (!tail.isEmpty())
            for (qsizetype at = text.indexOf(tail); at >= 0; at = text.indexOf(tail, at + 1))
                candidates << int(at + tail.size());
        if (!head.isEmpty())
            for (qsizetype at = text.indexOf(head); at >= 0; at = text.indexOf(head, at + 1))
                candidates << int(at);
    }
    int best = -1;
    int bestScore = -1;
    for (int at : candidates) {
        const int score = contextScore(text, at, at + n, s.prefix, s.suffix);
        if (score > bestScore || (score == bestScore && std::abs(at - s.start) < std::abs(best - s.start))) {
            best = at;
            bestScore = score;
        }
    }
    if (best < 0 || bestScore < wanted)
        return n > 0 && candidates.size() == 1 ? candidates.first() : -1;
    return best;
}

void WordReview::accept(qint64 suggestionId)
{
    Transaction tx(m_db);
    const Suggestion s = requireOpen(suggestionId);
    requireDrafter(s.reportId, u"采纳"_s);
    if (s.target == Target::Other)
        throw Failure(u"修改建议 %1 在落款、日期等处，或跨越了几个部分，无法自动采纳；请手工修改后拒绝这条建议。"_s.arg(suggestionId),
                      Failure::Kind::Input);
    const ReportDocument doc = DocumentStore(m_db).load(s.reportId, false);
    const QString text = Texts(doc).of(s.target, s.sectionId);
    const int at = locate(s, text);
    if (at < 0)
        throw Failure(u"修改建议 %1 对应的原文已经改动，找不到要修改的文字；请手工修改后拒绝这条建议。"_s.arg(suggestionId),
                      Failure::Kind::Input);
    const QString changed = text.left(at) + s.newText + text.mid(at + s.oldText.size());

    switch (s.target) {
    case Target::Body:
        SectionRepository(m_db).updateBody(s.sectionId, changed);
        break;
    case Target::Heading: {
        const auto section = SectionRepository(m_db).find(s.sectionId);
        if (!section)
            throw Failure(u"修改建议 %1 所在的部分已被删除。"_s.arg(suggestionId), Failure::Kind::Input);
        SectionRepository(m_db).updateHeading(s.sectionId, changed, section->runIn);
        break;
    }
    default: {
        Report r = doc.report;
        (s.target == Target::Title ? r.title
         : s.target == Target::Addressee ? r.addressee
         : s.target == Target::Opening ? r.opening
                                        : r.note) = changed;
        ReportRepository(m_db).update(r);
        break;
    }
    }

    // The open suggestions after it in the same text move with it.
    SuggestionRepository suggestions(m_db);
    const int delta = int(s.newText.size() - s.oldText.size());
    for (const Suggestion &o : suggestions.forReport(s.reportId)) {
        if (o.id == s.id || o.status != Suggestion::Status::Open || o.target != s.target || o.sectionId != s.sectionId)
            continue;
        if (o.start > at || (o.start == at && s.isInsertion() && o.id > s.id))
            suggestions.setStart(o.id, qMax(at + int(s.newText.size()), o.start + delta));
    }
    suggestions.decide(s.id, Suggestion::Status::Accepted, m_actor.name);
    if (m_actor.id > 0)
        ReviewRepository(m_db).noteEditor(s.reportId, m_actor.id);
    const QString what = s.isInsertion()   ? u"插入“%1”"_s.arg(s.newText.left(60))
                         : s.isDeletion() ? u"删除“%1”"_s.arg(s.oldText.left(60))
                                          : u"“%1”改为“%2”"_s.arg(s.oldText.left(30), s.newText.left(30));
    AuditLog(m_db).append(m_actor.name, s.reportId, u"suggestion-accept"_s, 0,
                          u"#%1 %2（%3）"_s.arg(s.id).arg(what, s.author));
    tx.commit();
}

void WordReview::reject(qint64 suggestionId)
{
    Transaction tx(m_db);
    const Suggestion s = requireOpen(suggestionId);
    requireDrafter(s.reportId, u"拒绝"_s);
    SuggestionRepository(m_db).decide(s.id, Suggestion::Status::Rejected, m_actor.name);
    AuditLog(m_db).append(m_actor.name, s.reportId, u"suggestion-reject"_s, 0, u"#%1（%2）"_s.arg(s.id).arg(s.author));
    tx.commit();
}

QList<qint64> WordReview::acceptAll(qint64 reportId, QList<qint64> *done)
{
    Transaction tx(m_db);
    requireDrafter(reportId, u"采纳"_s);
    QList<qint64> left;
    for (const Suggestion &s : SuggestionRepository(m_db).forReport(reportId)) {
        if (s.status != Suggestion::Status::Open)
            continue;
        try {
            accept(s.id);
            if (done)
                done->append(s.id);
        } catch (const Failure &f) {
            if (f.kind() != Failure::Kind::Input)
                throw;
            left.append(s.id);
        }
    }
    tx.commit();
    return left;
}

int WordReview::rejectAll(qint64 reportId)
{
    Transaction tx(m_db);
    requireDrafter(reportId, u"拒绝"_s);
    int n = 0;
    for (const Suggestion &s : SuggestionRepository(m_db).forReport(reportId))
        if (s.status == Suggestion::Status::Open) {
            reject(s.id);
            ++n;
        }
    tx.commit();
    return n;
}

} // namespace fazhi

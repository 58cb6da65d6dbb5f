// SPDX-License-Identifier: GPL-3.0-or-later
#include "DocxTrackedChanges.h"

#include "review/VersionDiff.h"
#include "util/Failure.h"

#include <dtl/dtl.hpp>

#include <limits>
#include <vector>

using namespace Qt::StringLiterals;

namespace fazhi {

namespace {

using docx::Paragraph;
using docx::Piece;

/// How much of two paragraphs is common, 0..1, from their character diff.
double similarity(const QString &a, const QString &b)
{
    if (a.isEmpty() && b.isEmpty())
        return 1;
    qsizetype same = 0;
    for (const TextRun &r : VersionDiff::text(a, b))
        if (r.kind == TextRun::Kind::Same)
            same += r.text.size();
    return 2.0 * double(same) / double(a.size() + b.size());
}

Paragraph whole(const LayoutBlock &block, Paragraph::Mark mark)
{
    Paragraph p{.block = block, .oldBlock = block, .mark = mark};
    const Piece::Kind kind = mark == Paragraph::Mark::Inserted ? Piece::Kind::Inserted : Piece::Kind::Deleted;
    p.pieces.append(Piece{.kind = kind, .from = 0, .to = int(block.text.size())});
    return p;
}

Paragraph edited(const LayoutBlock &before, const LayoutBlock &after)
{
    Paragraph p{.block = after, .oldBlock = before};
    int oldAt = 0;
    int newAt = 0;
    for (const TextRun &r : VersionDiff::text(before.text, after.text)) {
        const int n = int(r.text.size());
        switch (r.kind) {
        case TextRun::Kind::Same:
            p.pieces.append(Piece{.kind = Piece::Kind::Same, .from = newAt, .to = newAt + n});
            oldAt += n;
            newAt += n;
            break;
        case TextRun::Kind::Inserted:
            p.pieces.append(Piece{.kind = Piece::Kind::Inserted, .from = newAt, .to = newAt + n});
            newAt += n;
            break;
        case TextRun::Kind::Deleted:
            p.pieces.append(Piece{.kind = Piece::Kind::Deleted, .from = oldAt, .to = oldAt + n});
            oldAt += n;
            break;
        }
    }
    return p;
}

/// A hunk of removed and added blocks: an added block like a removed one of the same kind (at least a
/// third in common) is the same paragraph edited; the rest are removed or added whole, in reading order.
void flushHunk(const QList<LayoutBlock> &a, const QList<LayoutBlock> &b, QList<int> &dels, QList<int> &adds,
               QList<Paragraph> &out)
{
    constexpr int kLookAhead = 8;
    QList<int> pending;
    qsizetype next = 0;
    for (int d : dels) {
        qsizetype match = -1;
        for (qsizetype k = next; k < adds.size() && k < next + kLookAhead; ++k) {
            const LayoutBlock &candidate = b.at(adds.at(k));
            if (candidate.kind == a.at(d).kind && similarity(a.at(d).text, candidate.text) >= 1.0 / 3) {
                match = k;
                break;
            }
        }
        if (match < 0) {
            pending.append(d);
            continue;
        }
        for (int p : pending)
            out.append(whole(a.at(p), Paragraph::Mark::Deleted));
        pending.clear();
        for (qsizetype k = next; k < match; ++k)
            out.append(whole(b.at(adds.at(k)), Paragraph::Mark::Inserted));
        out.append(edited(a.at(d), b.at(adds.at(match))));
        next = match + 1;
    }
    for (int p : pending)
        out.append(whole(a.at(p), Paragraph::Mark::Deleted));
    for (qsizetype k = next; k < adds.size(); ++k)
        out.append(whole(b.at(adds.at(k)), Paragraph::Mark::Inserted));
    dels.clear();
    adds.clear();
}

/// Makes a piece boundary at `pos` of the paragraph's newer text; returns the index of the piece that
/// starts there (or the end).
qsizetype splitAt(Paragraph &p, int pos)
{
    int at = 0;
    for (qsizetype i = 0; i < p.pieces.size(); ++i) {
        Piece &piece = p.pieces[i];
        if (piece.kind != Piece::Kind::Same && piece.kind != Piece::Kind::Inserted)
            continue;
        const int n = piece.to - piece.from;
        if (at == pos)
            return i;
        if (pos > at && pos < at + n) {
            Piece tail = piece;
            tail.from = piece.from + (pos - at);
            piece.to = tail.from;
            p.pieces.insert(i + 1, tail);
            return i + 1;
        }
        at += n;
    }
    return p.pieces.size();
}

/// Puts the comments `ids` (a thread) on `start`..`end` of the paragraph's newer text.
void placeThread(Paragraph &p, int start, int end, const QList<int> &ids)
{
    if (p.pieces.isEmpty())
        p.pieces.append(Piece{.kind = Piece::Kind::Same, .from = 0, .to = int(p.block.text.size())});
    qsizetype i = splitAt(p, start);
    for (int id : ids)
        p.pieces.insert(i++, Piece{.kind = Piece::Kind::CommentStart, .commentId = id});
    i = splitAt(p, end);
    // After any markers already there (an empty range ends after it starts).
    while (i < p.pieces.size() && p.pieces.at(i).kind == Piece::Kind::CommentStart)
        ++i;
    for (int id : ids)
        p.pieces.insert(i++, Piece{.kind = Piece::Kind::CommentEnd, .commentId = id});
}

struct Spot
{
    qsizetype paragraph = -1;
    int start = 0;
    int end = 0;
};

/// Where a comment's words are in the newer text: in its own section's paragraphs first (the occurrence
/// nearest its offset), else anywhere.
Spot locate(const QList<Paragraph> &paragraphs, const Comment &c)
{
    if (c.quote.isEmpty())
        return {};
    Spot best;
    int bestDistance = std::numeric_limits<int>::max();
    for (int pass = 0; pass < 2 && best.paragraph < 0; ++pass) {
        for (qsizetype i = 0; i < paragraphs.size(); ++i) {
            const Paragraph &p = paragraphs.at(i);
            if (p.mark == Paragraph::Mark::Deleted || (pass == 0 && (c.sectionId <= 0 || p.block.sectionId != c.sectionId)))
                continue;
            for (qsizetype at = p.block.text.indexOf(c.quote); at >= 0; at = p.block.text.indexOf(c.quote, at + 1)) {
                const int source = p.block.sourceOffset >= 0 ? p.block.sourceOffset : 0;
                const int distance = c.start >= 0 ? std::abs(source + int(at) - c.start) : int(at);
                if (distance < bestDistance) {
                    bestDistance = distance;
                    best = {i, int(at), int(at + c.quote.size())};
                }
            }
        }
    }
    return best;
}

} // namespace

QList<Paragraph> DocxTrackedChanges::paragraphs(const ReportDocument &before, const ReportDocument &after)
{
    const QList<LayoutBlock> a = ReportLayout::build(before).blocks();
    const QList<LayoutBlock> b = ReportLayout::build(after).blocks();
    const auto key = [](const LayoutBlock &block) -> QString { return QString::number(int(block.kind)) + u'\x1f' + block.text; };
    std::vector<QString> ka;
    std::vector<QString> kb;
    for (const LayoutBlock &block : a)
        ka.push_back(key(block));
    for (const LayoutBlock &block : b)
        kb.push_back(key(block));
    dtl::Diff<QString, std::vector<QString>> diff(ka, kb);
    diff.compose();

    QList<Paragraph> out;
    QList<int> dels;
    QList<int> adds;
    // Indexes counted along the edit script (dtl's own are not those of the inputs when it swapped them).
    int i = 0;
    int j = 0;
    const auto ses = diff.getSes(); // by value: the sequence below lives in it
    for (const auto &[elem, info] : ses.getSequence()) {
        switch (info.type) {
        case dtl::SES_COMMON:
            flushHunk(a, b, dels, adds, out);
            out.append(Paragraph{.block = b.at(j)});
            ++i;
            ++j;
            break;
        case dtl::SES_DELETE:
            dels.append(i++);
            break;
        case dtl::SES_ADD:
            adds.append(j++);
            break;
        }
    }
    flushHunk(a, b, dels, adds, out);
    return out;
}

DocxTrackedChanges::Result DocxTrackedChanges::render(const ReportDocument &before, const ReportDocument &after,
                                                      const docx::Revision &revision, const QList<Comment> &comments)
{
    QList<Paragraph> paragraphs = DocxTrackedChanges::paragraphs(before, after);
    qsizetype title = 0;
    for (qsizetype i = 0; i < paragraphs.size(); ++i)
        if (paragraphs.at(i).block.kind == BlockKind::Title && paragraphs.at(i).mark != Paragraph::Mark::Deleted) {
            title = i;
            break;
        }

    QList<docx::WordComment> word;
    for (const Comment &root : comments) {
        if (root.parentId > 0)
            continue;
        QList<int> ids;
        Spot spot = locate(paragraphs, root);
        QString text = root.body;
        if (spot.paragraph < 0) {
            // On the whole report, or words that are gone: on the title, saying which words it was about.
            spot = {title, 0, paragraphs.isEmpty() ? 0 : int(paragraphs.at(title).block.text.size())};
            if (!root.quote.isEmpty())
                text = u"（原批注文字“%1”已不在正文中）"_s.arg(root.quote) + u'\n' + text;
        }
        const int rootId = int(word.size());
        word.append({rootId, root.author, root.createdAt, text, -1});
        ids.append(rootId);
        for (const Comment &reply : comments)
            if (reply.parentId == root.id) {
                const int id = int(word.size());
                word.append({id, reply.author, reply.createdAt, reply.body, rootId});
                ids.append(id);
            }
        if (spot.paragraph >= 0 && spot.paragraph < paragraphs.size())
            placeThread(paragraphs[spot.paragraph], spot.start, spot.end, ids);
    }

    // Metrics and problems are not in the printed text: what changed in them is said in a remark on the title.
    const ReportDiff values = VersionDiff::reports(before, after);
    QStringList lines;
    const auto shown = [](const QString &v) { return v.isEmpty() ? u"（无）"_s : v; };
    for (const ValueChange &c : values.metrics)
        lines << u"指标 %1：%2 → %3"_s.arg(c.what, shown(c.before), shown(c.after));
    for (const ValueChange &c : values.problems)
        lines << u"问题 %1：%2 → %3"_s.arg(c.what, shown(c.before), shown(c.after));
    if (!lines.isEmpty() && !paragraphs.isEmpty()) {
        const int id = int(word.size());
        word.append({id, revision.author, revision.date, u"指标和问题的变化：\n"_s + lines.join(u'\n'), -1});
        placeThread(paragraphs[title], 0, int(paragraphs.at(title).block.text.size()), {id});
    }

    Result result;
    result.comments = int(word.size());
    result.data = DocxExporter::package(DocxExporter::parts(after, paragraphs, revision, word, &result.changes));
    if (result.data.isEmpty())
        throw Failure(u"无法生成 Word 文档的压缩包。"_s, Failure::Kind::Operation, u"QuaZip failed"_s);
    return result;
}

} // namespace fazhi

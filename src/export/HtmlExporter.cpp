// SPDX-License-Identifier: GPL-3.0-or-later
#include "HtmlExporter.h"

#include "OfficialPaginator.h"
#include "template/TemplateEngine.h"
#include "text/InputText.h"
#include "text/ReportLayout.h"
#include "util/Failure.h"

#include <QVariantList>

using namespace Qt::StringLiterals;

namespace fazhi {

namespace {

const QString webTemplate = u"web"_s;

/// A block's text from `from` on, cut into plain, bold and italic segments.
QVariantMap inlineOf(const LayoutBlock &block, int from = 0)
{
    QVariantList segments;
    int pos = from;
    const auto plain = [&](int end) {
        if (end > pos)
            segments.append(QVariantMap{{u"text"_s, block.text.mid(pos, end - pos)}});
        pos = std::max(pos, end);
    };
    // Adjacent spans of the same emphasis (one per Markdown text node) become one.
    QList<InlineSpan> spans;
    for (const InlineSpan &span : block.spans) {
        if (!spans.isEmpty() && spans.last().start + spans.last().length == span.start &&
            spans.last().bold == span.bold && spans.last().italic == span.italic)
            spans.last().length += span.length;
        else
            spans.append(span);
    }
    for (const InlineSpan &span : spans) {
        const int start = std::max(span.start, from);
        const int end = span.start + span.length;
        if (end <= start)
            continue;
        plain(start);
        segments.append(QVariantMap{{u"text"_s, block.text.mid(start, end - start)},
                                    {u"strong"_s, span.bold},
                                    {u"em"_s, span.italic}});
        pos = end;
    }
    plain(int(block.text.size()));
    return {{u"segments"_s, segments}};
}

} // namespace

QString HtmlExporter::html(const ReportDocument &doc)
{
    const ReportLayout layout = ReportLayout::build(doc);
    QVariantMap page;
    page.insert(u"title"_s, doc.report.title.trimmed());
    page.insert(u"unit"_s, doc.unit.fullName);
    QVariantList titleLines;
    for (const QString &line : OfficialPaginator::titleLines(doc.report.title.trimmed()))
        titleLines.append(QVariantMap{{u"line"_s, line}});
    page.insert(u"title_lines"_s, titleLines);

    QVariantList opening;
    QVariantList parts;
    QVariantList signatories;
    QVariantMap part;
    QVariantMap sub;
    QVariantList paragraphs;
    const auto closeSub = [&] {
        if (!sub.isEmpty()) {
            sub.insert(u"paragraphs"_s, paragraphs);
            QVariantList subs = part.value(u"subsections"_s).toList();
            subs.append(sub);
            part.insert(u"subsections"_s, subs);
            sub.clear();
            paragraphs.clear();
        }
    };
    const auto closePart = [&] {
        closeSub();
        if (!part.isEmpty()) {
            if (!part.contains(u"paragraphs"_s))
                part.insert(u"paragraphs"_s, paragraphs);
            parts.append(part);
            part.clear();
            paragraphs.clear();
        }
    };
    for (const LayoutBlock &b : layout.blocks()) {
        switch (b.kind) {
        case BlockKind::Title:
            break;
        case BlockKind::Addressee:
            page.insert(u"addressee"_s, b.text);
            break;
        case BlockKind::Opening:
            opening.append(inlineOf(b));
            break;
        case BlockKind::PartHeading:
            closePart();
            part.insert(u"heading"_s, b.text);
            break;
        case BlockKind::SubHeading:
            closeSub();
            if (!part.contains(u"paragraphs"_s)) {
                part.insert(u"paragraphs"_s, paragraphs);
                paragraphs.clear();
            }
            sub.insert(u"heading"_s, b.text);
            break;
        case BlockKind::Paragraph:
        case BlockKind::Item:
            if (b.level == 2 && b.headingLength > 0 && part.size()) {
                closeSub();
                if (!part.contains(u"paragraphs"_s)) {
                    part.insert(u"paragraphs"_s, paragraphs);
                    paragraphs.clear();
                }
                sub.insert(u"heading"_s, b.text.left(b.headingLength));
                sub.insert(u"run_in"_s, true);
                paragraphs.append(inlineOf(b, b.headingLength));
            } else if (part.isEmpty()) {
                opening.append(inlineOf(b));
            } else {
                paragraphs.append(inlineOf(b));
            }
            break;
        case BlockKind::Signature:
            signatories.append(QVariantMap{{u"name"_s, b.text}});
            break;
        case BlockKind::Date:
            page.insert(u"date"_s, b.text);
            page.insert(u"iso_date"_s, doc.report.writtenDate.toString(Qt::ISODate));
            break;
        case BlockKind::Note:
            page.insert(u"note"_s, b.text);
            break;
        }
    }
    closePart();
    page.insert(u"opening"_s, opening);
    page.insert(u"parts"_s, parts);
    page.insert(u"signatories"_s, signatories);
    page.insert(u"has_signature"_s, !signatories.isEmpty() || page.contains(u"date"_s));
    return TemplateEngine::renderFile(webTemplate, u"page.html"_s, page, TemplateEscape::Html);
}

QByteArray HtmlExporter::render(const ReportDocument &doc)
{
    m_notes.clear();
    // A malformed page template throws its own Failure; no control character passes, old data either.
    return input::clean(html(doc)).toUtf8();
}

} // namespace fazhi

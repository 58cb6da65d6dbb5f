// SPDX-License-Identifier: GPL-3.0-or-later
#include "check/FixApplier.h"

#include "text/OfficialDate.h"

#include <QRegularExpression>

#include <algorithm>
#include <tuple>

using namespace Qt::StringLiterals;

namespace fazhi {

namespace {

template<typename Doc>
auto sectionOf(Doc &doc, qint64 id) -> decltype(&doc.sections.first())
{
    for (auto &s : doc.sections)
        if (s.id == id)
            return &s;
    return nullptr;
}

bool isMarkdown(SourceField field)
{
    return field == SourceField::Body || field == SourceField::Opening;
}

/// The fix's text as Markdown that reads back as exactly that text at `at` of `source`.
QString asMarkdown(const QString &text, const QString &source, int at)
{
    const bool lineStart = at == 0 || source.at(at - 1) == u'\n';
    if (lineStart)
        return markdownEscape(text);
    QString out;
    for (const QChar c : text) {
        if (c == u'\\' || c == u'*' || c == u'_' || c == u'`' || c == u'<' || c == u'[' || c == u']' || c == u'&')
            out += u'\\';
        out += c;
    }
    return out;
}

QDate parseOfficialDate(const QString &text)
{
    static const QRegularExpression re(u"^([0-9]{4})年([0-9]{1,2})月([0-9]{1,2})日$"_s);
    const QRegularExpressionMatch m = re.match(text);
    if (!m.hasMatch())
        return {};
    return QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
}

bool setField(ReportDocument &doc, const SourceRange &place, const QString &value)
{
    Report &r = doc.report;
    switch (place.field) {
    case SourceField::Title: r.title = value; return true;
    case SourceField::Addressee: r.addressee = value; return true;
    case SourceField::Opening: r.opening = value; return true;
    case SourceField::Note: r.note = value; return true;
    case SourceField::Signatory:
        if (place.item < 0 || place.item >= r.signatories.size())
            return false;
        r.signatories[place.item] = value;
        return true;
    case SourceField::WrittenDate: {
        const QDate date = parseOfficialDate(value);
        if (!date.isValid())
            return false;
        r.writtenDate = date;
        return true;
    }
    case SourceField::Heading:
    case SourceField::Body:
    case SourceField::Number: {
        Section *s = sectionOf(doc, place.sectionId);
        if (!s)
            return false;
        (place.field == SourceField::Heading ? s->heading : place.field == SourceField::Body ? s->body : s->sourceNumber) = value;
        return true;
    }
    case SourceField::None: break;
    }
    return false;
}

} // namespace

std::optional<QString> FixApplier::fieldText(const ReportDocument &doc, const SourceRange &place)
{
    const Report &r = doc.report;
    switch (place.field) {
    case SourceField::Title: return r.title;
    case SourceField::Addressee: return r.addressee;
    case SourceField::Opening: return r.opening;
    case SourceField::Note: return r.note;
    case SourceField::Signatory:
        if (place.item < 0 || place.item >= r.signatories.size())
            return std::nullopt;
        return r.signatories.at(place.item);
    case SourceField::WrittenDate: return r.writtenDate.isValid() ? std::optional(officialDate(r.writtenDate)) : std::nullopt;
    case SourceField::Heading:
    case SourceField::Body:
    case SourceField::Number: {
        const Section *s = sectionOf(doc, place.sectionId);
        if (!s)
            return std::nullopt;
        return place.field == SourceField::Heading ? s->heading : place.field == SourceField::Body ? s->body : s->sourceNumber;
    }
    case SourceField::None: break;
    }
    return std::nullopt;
}

std::optional<FixEdit> FixApplier::edit(const ReportDocument &doc, const ReportLayout &layout, const Finding &f)
{
    const QString &plain = layout.plainText();
    if (!f.fix || !f.hasPlace() || f.offset + f.length > plain.size())
        return std::nullopt;
    // Only what the fix changes is edited: a fix that rewrites a heading with its number keeps the number.
    const QStringView old = QStringView(plain).mid(f.offset, f.length);
    const QString &fix = *f.fix;
    qsizetype prefix = 0;
    while (prefix < old.size() && prefix < fix.size() && old.at(prefix) == fix.at(prefix))
        ++prefix;
    qsizetype suffix = 0;
    while (suffix < old.size() - prefix && suffix < fix.size() - prefix &&
           old.at(old.size() - 1 - suffix) == fix.at(fix.size() - 1 - suffix))
        ++suffix;
    // Never split a surrogate pair.
    if (prefix > 0 && old.at(prefix - 1).isHighSurrogate())
        --prefix;
    if (suffix > 0 && old.at(old.size() - suffix).isLowSurrogate())
        --suffix;
    const int from = f.offset + int(prefix), to = f.offset + f.length - int(suffix);
    const QString after = fix.mid(prefix, fix.size() - prefix - suffix);

    if (from == to && after.isEmpty()) {
        // The layout already shows the fix: a number the layout derives from position, written otherwise
        // by the clerk (Section::sourceNumber). The fix is to take the laid-out number.
        const int index = layout.blockAt(f.offset);
        if (index < 0)
            return std::nullopt;
        const LayoutBlock &b = layout.blocks().at(index);
        const Section *s = sectionOf(doc, b.sectionId);
        if (b.number.isEmpty() || !s || s->sourceNumber.isEmpty() || s->sourceNumber == b.number)
            return std::nullopt;
        return FixEdit{{SourceField::Number, s->id, -1, 0, int(s->sourceNumber.size())}, s->sourceNumber, b.number};
    }

    const std::optional<SourceRange> place = layout.sourceRange(from, to);
    if (!place)
        return std::nullopt;
    const std::optional<QString> field = fieldText(doc, *place);
    if (!field || place->start + place->length > field->size())
        return std::nullopt;
    FixEdit edit{*place, field->mid(place->start, place->length), after};
    // The field must still hold what the layout shows (an entity stands for its one character).
    const bool entity = place->length != to - from;
    if (!entity && edit.before != QStringView(plain).mid(from, to - from))
        return std::nullopt;
    if (isMarkdown(place->field))
        edit.after = asMarkdown(after, *field, place->start);
    return edit;
}

bool FixApplier::apply(ReportDocument &doc, const FixEdit &edit)
{
    const std::optional<QString> field = fieldText(doc, edit.place);
    if (!field || edit.place.start + edit.before.size() > field->size() ||
        QStringView(*field).mid(edit.place.start, edit.before.size()) != edit.before)
        return false;
    QString value = *field;
    value.replace(edit.place.start, edit.before.size(), edit.after);
    return setField(doc, edit.place, value);
}

int FixApplier::applyAll(ReportDocument &doc, const ReportLayout &layout, const QList<Finding> &findings)
{
    QList<const Finding *> fixes;
    for (const Finding &f : findings)
        if (f.fix && f.hasPlace())
            fixes.append(&f);
    std::stable_sort(fixes.begin(), fixes.end(), [](const Finding *a, const Finding *b) { return a->offset < b->offset; });
    QList<FixEdit> edits;
    int end = 0;
    for (const Finding *f : fixes) {
        if (f->offset < end)
            continue; // overlaps a fix already taken
        if (std::optional<FixEdit> e = edit(doc, layout, *f)) {
            edits.append(*e);
            end = f->offset + f->length;
        }
    }
    // From the back of each field, so that an edit never moves the place of one still to come.
    std::stable_sort(edits.begin(), edits.end(), [](const FixEdit &a, const FixEdit &b) {
        const auto key = [](const FixEdit &e) { return std::tuple(int(e.place.field), e.place.sectionId, e.place.item); };
        if (key(a) != key(b))
            return key(a) < key(b);
        return a.place.start > b.place.start;
    });
    int applied = 0;
    for (const FixEdit &e : edits)
        applied += apply(doc, e) ? 1 : 0;
    return applied;
}

} // namespace fazhi

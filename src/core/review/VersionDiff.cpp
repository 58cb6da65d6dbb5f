// SPDX-License-Identifier: GPL-3.0-or-later
#include "review/VersionDiff.h"

#include "model/KeyTable.h"
#include "model/MetricCatalog.h"

#include <QHash>
#include <QJsonArray>
#include <QSet>

#include <dtl/dtl.hpp>

#include <vector>

using namespace Qt::StringLiterals;

namespace fazhi {

namespace {

constexpr std::array<std::pair<TextRun::Kind, QStringView>, 3> kRunKinds{{
    {TextRun::Kind::Same, u"same"},
    {TextRun::Kind::Inserted, u"inserted"},
    {TextRun::Kind::Deleted, u"deleted"},
}};

constexpr std::array<std::pair<SectionChange::Kind, QStringView>, 4> kSectionKinds{{
    {SectionChange::Kind::Unchanged, u"unchanged"},
    {SectionChange::Kind::Changed, u"changed"},
    {SectionChange::Kind::Added, u"added"},
    {SectionChange::Kind::Removed, u"removed"},
}};

QJsonArray runsJson(const QList<TextRun> &runs)
{
    QJsonArray a;
    for (const TextRun &r : runs)
        a.append(QJsonObject{{u"kind"_s, keyOf(kRunKinds, r.kind)}, {u"text"_s, r.text}});
    return a;
}

QJsonArray valuesJson(const QList<ValueChange> &changes)
{
    QJsonArray a;
    for (const ValueChange &c : changes)
        a.append(QJsonObject{{u"what"_s, c.what}, {u"before"_s, c.before}, {u"after"_s, c.after}});
    return a;
}

void count(const QList<TextRun> &runs, ReportDiff &diff)
{
    for (const TextRun &r : runs) {
        if (r.kind == TextRun::Kind::Inserted)
            diff.inserted += int(r.text.size());
        else if (r.kind == TextRun::Kind::Deleted)
            diff.deleted += int(r.text.size());
    }
}

bool changed(const QList<TextRun> &runs)
{
    for (const TextRun &r : runs)
        if (r.kind != TextRun::Kind::Same)
            return true;
    return false;
}

void compareField(QList<ValueChange> &out, const QString &what, const QString &before, const QString &after)
{
    if (before != after)
        out.append({what, before, after});
}

QString metricText(const MetricValue &m)
{
    QString text = QString::number(m.value, 'g', 15);
    if (m.approx == Approx::MoreThan)
        text += u"余"_s;
    else if (m.approx == Approx::About)
        text = u"约"_s + text;
    return text;
}

/// Sections keyed for matching: part headings by themselves, subsections by their heading.
struct Keyed
{
    const Section *section = nullptr;
    QString parentHeading;
    int siblingIndex = 0;
};

QList<Keyed> keyed(const ReportDocument &doc)
{
    QList<Keyed> list;
    QHash<qint64, QString> headingOf;
    QHash<qint64, int> childCount;
    int parts = 0;
    for (const Section &s : doc.sections) {
        headingOf.insert(s.id, s.heading);
        Keyed k;
        k.section = &s;
        if (s.isPart()) {
            k.siblingIndex = parts++;
        } else {
            k.parentHeading = headingOf.value(s.parentId);
            k.siblingIndex = childCount[s.parentId]++;
        }
        list << k;
    }
    return list;
}

} // namespace

bool ReportDiff::isEmpty() const
{
    if (!fields.isEmpty() || !metrics.isEmpty() || !problems.isEmpty() || changed(opening))
        return false;
    for (const SectionChange &s : sections)
        if (s.kind != SectionChange::Kind::Unchanged || s.moved || !s.oldHeading.isEmpty())
            return false;
    return true;
}

QJsonObject ReportDiff::toJson() const
{
    QJsonArray sectionArray;
    for (const SectionChange &s : sections) {
        if (s.kind == SectionChange::Kind::Unchanged && !s.moved && s.oldHeading.isEmpty())
            continue;
        QJsonObject o{{u"kind"_s, keyOf(kSectionKinds, s.kind)}, {u"part"_s, s.isPart}, {u"heading"_s, s.heading},
                      {u"moved"_s, s.moved}, {u"body"_s, runsJson(s.body)}};
        if (!s.oldHeading.isEmpty())
            o.insert(u"old_heading"_s, s.oldHeading);
        if (!s.isPart) {
            o.insert(u"parent"_s, s.parent);
            o.insert(u"old_parent"_s, s.oldParent);
        }
        sectionArray.append(o);
    }
    return QJsonObject{{u"fields"_s, valuesJson(fields)},
                       {u"opening"_s, changed(opening) ? runsJson(opening) : QJsonArray()},
                       {u"sections"_s, sectionArray},
                       {u"metrics"_s, valuesJson(metrics)},
                       {u"problems"_s, valuesJson(problems)},
                       {u"inserted"_s, inserted},
                       {u"deleted"_s, deleted}};
}

QList<TextRun> VersionDiff::text(const QString &before, const QString &after)
{
    QList<TextRun> runs;
    const auto append = [&](TextRun::Kind kind, QChar c) {
        if (!runs.isEmpty() && runs.last().kind == kind)
            runs.last().text.append(c);
        else
            runs.append({kind, QString(c)});
    };
    // Common ends cost nothing to find and keep dtl's work to the part that changed.
    qsizetype head = 0;
    while (head < before.size() && head < after.size() && before.at(head) == after.at(head))
        ++head;
    qsizetype tail = 0;
    while (tail < before.size() - head && tail < after.size() - head
           && before.at(before.size() - 1 - tail) == after.at(after.size() - 1 - tail))
        ++tail;
    if (head > 0)
        runs.append({TextRun::Kind::Same, before.left(head)});
    const QStringView a = QStringView(before).mid(head, before.size() - head - tail);
    const QStringView b = QStringView(after).mid(head, after.size() - head - tail);
    if (!a.isEmpty() || !b.isEmpty()) {
        std::vector<char16_t> x(a.utf16(), a.utf16() + a.size());
        std::vector<char16_t> y(b.utf16(), b.utf16() + b.size());
        dtl::Diff<char16_t, std::vector<char16_t>> diff(x, y);
        diff.onHuge();
        diff.compose();
        const auto ses = diff.getSes(); // by value: the sequence below lives in it
        for (const auto &[element, info] : ses.getSequence()) {
            const QChar c(element);
            switch (info.type) {
            case dtl::SES_ADD:
                append(TextRun::Kind::Inserted, c);
                break;
            case dtl::SES_DELETE:
                append(TextRun::Kind::Deleted, c);
                break;
            default:
                append(TextRun::Kind::Same, c);
                break;
            }
        }
    }
    if (tail > 0) {
        const QString end = before.right(tail);
        if (!runs.isEmpty() && runs.last().kind == TextRun::Kind::Same)
            runs.last().text += end;
        else
            runs.append({TextRun::Kind::Same, end});
    }
    return runs;
}

ReportDiff VersionDiff::reports(const ReportDocument &before, const ReportDocument &after)
{
    ReportDiff diff;
    const Report &a = before.report, &b = after.report;
    compareField(diff.fields, u"标题"_s, a.title, b.title);
    compareField(diff.fields, u"主送机关"_s, a.addressee, b.addressee);
    compareField(diff.fields, u"发文机关署名"_s, a.signatories.join(u'、'), b.signatories.join(u'、'));
    compareField(diff.fields, u"成文日期"_s, a.writtenDate.isValid() ? a.writtenDate.toString(Qt::ISODate) : QString(),
                 b.writtenDate.isValid() ? b.writtenDate.toString(Qt::ISODate) : QString());
    compareField(diff.fields, u"附注"_s, a.note, b.note);
    diff.opening = text(a.opening, b.opening);
    count(diff.opening, diff);

    // Sections are matched by kind and heading; a heading edited in place is matched by position
    // among the unmatched ones of the same parent.
    const QList<Keyed> olds = keyed(before), news = keyed(after);
    QList<int> matchOf(news.size(), -1);
    QSet<int> usedOld;
    for (int n = 0; n < news.size(); ++n) {
        for (int o = 0; o < olds.size(); ++o) {
            if (usedOld.contains(o) || olds.at(o).section->isPart() != news.at(n).section->isPart()
                || olds.at(o).section->heading != news.at(n).section->heading)
                continue;
            matchOf[n] = o;
            usedOld.insert(o);
            break;
        }
    }
    for (int n = 0; n < news.size(); ++n) {
        if (matchOf.at(n) >= 0)
            continue;
        for (int o = 0; o < olds.size(); ++o) {
            if (usedOld.contains(o) || olds.at(o).section->isPart() != news.at(n).section->isPart()
                || olds.at(o).parentHeading != news.at(n).parentHeading
                || olds.at(o).siblingIndex != news.at(n).siblingIndex)
                continue;
            matchOf[n] = o;
            usedOld.insert(o);
            break;
        }
    }

    // A matched section moved when its part changed, or when it changed order against the other
    // matched sections of the same part.
    QHash<QString, QList<int>> oldOrderByParent;
    for (int n = 0; n < news.size(); ++n)
        if (matchOf.at(n) >= 0 && !news.at(n).section->isPart())
            oldOrderByParent[news.at(n).parentHeading].append(olds.at(matchOf.at(n)).siblingIndex);

    QHash<QString, int> seenInParent;
    for (int n = 0; n < news.size(); ++n) {
        const Keyed &k = news.at(n);
        SectionChange c;
        c.isPart = k.section->isPart();
        c.heading = k.section->heading;
        c.parent = k.parentHeading;
        if (matchOf.at(n) < 0) {
            c.kind = SectionChange::Kind::Added;
            c.body = {{TextRun::Kind::Inserted, k.section->body}};
        } else {
            const Keyed &o = olds.at(matchOf.at(n));
            c.oldParent = o.parentHeading;
            if (o.section->heading != k.section->heading)
                c.oldHeading = o.section->heading;
            c.body = text(o.section->body, k.section->body);
            c.kind = changed(c.body) ? SectionChange::Kind::Changed : SectionChange::Kind::Unchanged;
            if (!c.isPart) {
                const QList<int> &order = oldOrderByParent.value(k.parentHeading);
                const int index = seenInParent[k.parentHeading]++;
                const bool outOfOrder = (index > 0 && order.at(index - 1) > order.at(index))
                                        || (index + 1 < order.size() && order.at(index) > order.at(index + 1));
                c.moved = o.parentHeading != k.parentHeading || outOfOrder;
            } else {
                c.moved = o.siblingIndex != k.siblingIndex;
            }
        }
        count(c.body, diff);
        diff.sections << c;
    }
    for (int o = 0; o < olds.size(); ++o) {
        if (usedOld.contains(o))
            continue;
        SectionChange c;
        c.kind = SectionChange::Kind::Removed;
        c.isPart = olds.at(o).section->isPart();
        c.heading = olds.at(o).section->heading;
        c.oldParent = olds.at(o).parentHeading;
        c.body = {{TextRun::Kind::Deleted, olds.at(o).section->body}};
        count(c.body, diff);
        diff.sections << c;
    }

    // Metrics by key, problems by text.
    const auto metricName = [](const QString &key) {
        const MetricDefinition *d = MetricCatalog::builtin().find(key);
        return d ? d->name : key;
    };
    for (const MetricValue &m : before.metrics) {
        const MetricValue *now = after.metric(m.key);
        if (!now)
            diff.metrics.append({metricName(m.key), metricText(m), QString()});
        else if (metricText(*now) != metricText(m))
            diff.metrics.append({metricName(m.key), metricText(m), metricText(*now)});
    }
    for (const MetricValue &m : after.metrics)
        if (!before.metric(m.key))
            diff.metrics.append({metricName(m.key), QString(), metricText(m)});

    QHash<QString, const Problem *> oldProblems;
    for (const Problem &p : before.problems)
        oldProblems.insert(p.text, &p);
    QSet<QString> seen;
    for (const Problem &p : after.problems) {
        seen.insert(p.text);
        const Problem *o = oldProblems.value(p.text);
        if (!o) {
            diff.problems.append({p.text, QString(), problemStatusLabel(p.status)});
            continue;
        }
        const QString was = problemStatusLabel(o->status) + u"；"_s + o->measure;
        const QString now = problemStatusLabel(p.status) + u"；"_s + p.measure;
        if (was != now)
            diff.problems.append({p.text, was, now});
    }
    for (const Problem &p : before.problems)
        if (!seen.contains(p.text))
            diff.problems.append({p.text, problemStatusLabel(p.status), QString()});
    return diff;
}

} // namespace fazhi

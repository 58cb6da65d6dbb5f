// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/MarkdownForm.h"

#include "model/ModelJson.h"
#include "util/Failure.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace fazhi {

namespace {

QString oneLine(const QString &s) { return QString(s).replace(u'\n', u' ').trimmed(); }

/// Body lines that would read back as a heading or the front matter get a protecting backslash.
QString protectBody(const QString &body)
{
    QStringList lines = body.split(u'\n');
    for (QString &line : lines)
        if (line.startsWith(u'#') || line.startsWith(u"\\#"_s) || line == u"---"_s)
            line.prepend(u'\\');
    return lines.join(u'\n').trimmed();
}

QString unprotectBody(const QStringList &lines)
{
    QStringList out;
    for (const QString &line : lines)
        out.append(line.startsWith(u"\\#"_s) || line == u"\\---"_s ? line.mid(1) : line);
    return out.join(u'\n').trimmed();
}

QString compactJson(const QJsonObject &o) { return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)); }

} // namespace

bool MarkdownForm::looksLike(const QString &text)
{
    const QString t = text.startsWith(QChar(0xFEFF)) ? text.mid(1) : text;
    return t.startsWith(u"---\n"_s) || t.startsWith(u"---\r\n"_s);
}

QString MarkdownForm::write(const ReportDocument &doc)
{
    const Report &r = doc.report;
    QString out = u"---\n"_s;
    const auto field = [&](const QString &key, const QString &value) {
        if (!value.isEmpty())
            out += key + u": "_s + oneLine(value) + u'\n';
    };
    field(u"title"_s, r.title);
    field(u"unit"_s, doc.unit.fullName);
    field(u"unit_kind"_s, unitKindKey(doc.unit.kind));
    field(u"year"_s, QString::number(r.year));
    field(u"addressee"_s, r.addressee);
    for (const QString &s : r.signatories)
        field(u"signatory"_s, s);
    if (r.writtenDate.isValid())
        field(u"written_date"_s, r.writtenDate.toString(Qt::ISODate));
    if (r.publishedDate.isValid())
        field(u"published_date"_s, r.publishedDate.toString(Qt::ISODate));
    field(u"published_url"_s, r.publishedUrl);
    field(u"note"_s, r.note);
    if (r.status != ReportStatus::Draft)
        field(u"status"_s, reportStatusKey(r.status));
    for (const MetricValue &m : doc.metrics) {
        QJsonObject o{{u"key"_s, m.key}, {u"value"_s, m.value}, {u"approx"_s, approxKey(m.approx)}};
        if (!m.note.isEmpty())
            o.insert(u"note"_s, m.note);
        if (!m.source.isEmpty())
            o.insert(u"source"_s, m.source);
        field(u"metric"_s, compactJson(o));
    }
    for (const Problem &p : doc.problems) {
        QJsonObject o{{u"text"_s, p.text}};
        if (!p.reason.isEmpty())
            o.insert(u"reason"_s, p.reason);
        if (!p.measure.isEmpty())
            o.insert(u"measure"_s, p.measure);
        if (!p.owner.isEmpty())
            o.insert(u"owner"_s, p.owner);
        if (p.dueDate.isValid())
            o.insert(u"due_date"_s, p.dueDate.toString(Qt::ISODate));
        if (p.status != ProblemStatus::Open)
            o.insert(u"status"_s, problemStatusKey(p.status));
        field(u"problem"_s, compactJson(o));
    }
    out += u"---\n"_s;
    if (!r.opening.trimmed().isEmpty())
        out += u'\n' + protectBody(r.opening) + u'\n';
    for (const Section &part : doc.parts()) {
        out += u"\n# "_s + oneLine(part.heading) +
               (part.part > 0 ? u" {part=%1}"_s.arg(part.part) : u" {part=none}"_s) + u'\n';
        if (!part.body.trimmed().isEmpty())
            out += u'\n' + protectBody(part.body) + u'\n';
        for (const Section &sub : doc.subsections(part.id)) {
            out += u"\n## "_s + oneLine(sub.heading) + (sub.runIn ? u" {run-in}"_s : QString()) + u'\n';
            if (!sub.body.trimmed().isEmpty())
                out += u'\n' + protectBody(sub.body) + u'\n';
        }
    }
    return out;
}

ReportDocument MarkdownForm::read(const QString &input)
{
    QString text = input;
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    text.replace(u"\r\n"_s, u"\n"_s);
    if (!looksLike(text))
        throw Failure(u"这不是法治报告工作台的 Markdown 文件（缺少开头的“---”信息区）。"_s, Failure::Kind::Input);
    const QStringList lines = text.split(u'\n');
    qsizetype i = 1;
    ReportDocument doc;
    doc.report.signatories.clear();
    bool closed = false;
    for (; i < lines.size(); ++i) {
        const QString &line = lines.at(i);
        if (line.trimmed() == u"---"_s) {
            closed = true;
            ++i;
            break;
        }
        const qsizetype colon = line.indexOf(u':');
        if (colon <= 0)
            continue;
        const QString key = line.left(colon).trimmed();
        const QString value = line.mid(colon + 1).trimmed();
        Report &r = doc.report;
        if (key == u"title"_s)
            r.title = value;
        else if (key == u"unit"_s)
            doc.unit.fullName = value;
        else if (key == u"unit_kind"_s)
            doc.unit.kind = unitKindFromKey(value);
        else if (key == u"year"_s)
            r.year = value.toInt();
        else if (key == u"addressee"_s)
            r.addressee = value;
        else if (key == u"signatory"_s)
            r.signatories.append(value);
        else if (key == u"written_date"_s)
            r.writtenDate = QDate::fromString(value, Qt::ISODate);
        else if (key == u"published_date"_s)
            r.publishedDate = QDate::fromString(value, Qt::ISODate);
        else if (key == u"published_url"_s)
            r.publishedUrl = value;
        else if (key == u"note"_s)
            r.note = value;
        else if (key == u"status"_s)
            r.status = reportStatusFromKey(value);
        else if (key == u"metric"_s || key == u"problem"_s) {
            const QJsonObject o = QJsonDocument::fromJson(value.toUtf8()).object();
            if (key == u"metric"_s) {
                MetricValue m;
                m.key = o.value(u"key"_s).toString();
                m.value = o.value(u"value"_s).toDouble();
                m.approx = approxFromKey(o.value(u"approx"_s).toString());
                m.note = o.value(u"note"_s).toString();
                m.source = o.value(u"source"_s).toString();
                if (!m.key.isEmpty())
                    doc.metrics.append(m);
            } else {
                Problem p;
                p.text = o.value(u"text"_s).toString();
                p.reason = o.value(u"reason"_s).toString();
                p.measure = o.value(u"measure"_s).toString();
                p.owner = o.value(u"owner"_s).toString();
                p.dueDate = QDate::fromString(o.value(u"due_date"_s).toString(), Qt::ISODate);
                p.status = problemStatusFromKey(o.value(u"status"_s).toString(u"open"_s));
                if (!p.text.isEmpty())
                    doc.problems.append(p);
            }
        }
    }
    if (!closed)
        throw Failure(u"Markdown 文件的信息区没有以“---”结束。"_s, Failure::Kind::Input);
    if (doc.unit.fullName.isEmpty())
        doc.unit.fullName = doc.report.signatories.isEmpty() ? QString() : doc.report.signatories.last();

    static const QRegularExpression heading(u"^(#{1,2})\\s+(.*?)\\s*(\\{([^}]*)\\})?\\s*$"_s);
    QStringList buffer;
    Section *current = nullptr;
    qint64 nextId = -1;
    qint64 currentPart = 0;
    int partPosition = 0;
    int childPosition = 0;
    const auto flush = [&] {
        const QString body = unprotectBody(buffer);
        buffer.clear();
        if (current)
            current->body = body;
        else
            doc.report.opening = body;
    };
    for (; i < lines.size(); ++i) {
        const QString &line = lines.at(i);
        const auto m = heading.match(line);
        if (!m.hasMatch()) {
            buffer.append(line);
            continue;
        }
        flush();
        Section s;
        s.id = nextId--;
        s.heading = m.captured(2);
        const QString attributes = m.captured(4);
        if (m.captured(1).size() == 1) {
            static const QRegularExpression partAttr(u"part=(\\d)"_s);
            const auto pm = partAttr.match(attributes);
            s.part = pm.hasMatch() ? pm.captured(1).toInt() : 0;
            s.position = partPosition++;
            currentPart = s.id;
            childPosition = 0;
        } else {
            if (currentPart == 0)
                throw Failure(u"Markdown 文件第 %1 行的小节标题之前没有部分标题（# …）。"_s.arg(i + 1), Failure::Kind::Input);
            s.parentId = currentPart;
            s.position = childPosition++;
            s.runIn = attributes.contains(u"run-in"_s);
        }
        doc.sections.append(s);
        current = &doc.sections.last();
    }
    flush();
    return doc;
}

} // namespace fazhi

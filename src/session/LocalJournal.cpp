// SPDX-License-Identifier: GPL-3.0-or-later
#include "LocalJournal.h"

#include "DocumentLists.h"
#include "util/Failure.h"
#include "util/Paths.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace fazhi {

using namespace doclists;

namespace {

Q_LOGGING_CATEGORY(lcJournal, "fazhi.journal")

constexpr int kFormat = 1;

QString dateText(const QDate &d) { return d.isValid() ? d.toString(Qt::ISODate) : QString(); }
QDate dateOf(const QJsonValue &v) { return QDate::fromString(v.toString(), Qt::ISODate); }

QJsonObject reportJson(const Report &r)
{
    return {{u"unit"_s, r.unitId},
            {u"year"_s, r.year},
            {u"title"_s, r.title},
            {u"addressee"_s, r.addressee},
            {u"opening"_s, r.opening},
            {u"signatories"_s, QJsonArray::fromStringList(r.signatories)},
            {u"template"_s, r.templateName},
            {u"status"_s, reportStatusKey(r.status)},
            {u"written"_s, dateText(r.writtenDate)},
            {u"published"_s, dateText(r.publishedDate)},
            {u"url"_s, r.publishedUrl},
            {u"note"_s, r.note}};
}

Report reportOf(const QJsonObject &o, qint64 id)
{
    Report r;
    r.id = id;
    r.unitId = o.value(u"unit"_s).toInteger();
    r.year = o.value(u"year"_s).toInt();
    r.title = o.value(u"title"_s).toString();
    r.addressee = o.value(u"addressee"_s).toString();
    r.opening = o.value(u"opening"_s).toString();
    for (const QJsonValue &v : o.value(u"signatories"_s).toArray())
        r.signatories << v.toString();
    r.templateName = o.value(u"template"_s).toString();
    r.status = reportStatusFromKey(o.value(u"status"_s).toString());
    r.writtenDate = dateOf(o.value(u"written"_s));
    r.publishedDate = dateOf(o.value(u"published"_s));
    r.publishedUrl = o.value(u"url"_s).toString();
    r.note = o.value(u"note"_s).toString();
    return r;
}

QJsonObject metricJson(const MetricValue &m, MetricRepository::Fields fields)
{
    return {{u"key"_s, m.key}, {u"value"_s, m.value}, {u"approx"_s, approxKey(m.approx)},
            {u"note"_s, m.note}, {u"source"_s, m.source}, {u"fields"_s, qint64(fields.toInt())}};
}

QJsonObject problemJson(const Problem &p, ProblemRepository::Fields fields)
{
    return {{u"id"_s, p.id},           {u"position"_s, p.position}, {u"text"_s, p.text},
            {u"reason"_s, p.reason},   {u"measure"_s, p.measure},   {u"owner"_s, p.owner},
            {u"due"_s, dateText(p.dueDate)}, {u"status"_s, problemStatusKey(p.status)},
            {u"continues"_s, p.continuesId}, {u"fields"_s, qint64(fields.toInt())}};
}

} // namespace

qsizetype LocalJournal::Entry::characters() const
{
    qsizetype n = 0;
    for (const SectionText &s : sections)
        n += s.heading.size() + s.body.size();
    if (report)
        for (unsigned bit = 1; bit <= ReportRepository::kLastField; bit <<= 1)
            if (reportFields.testFlag(ReportRepository::Field(bit)))
                n += ReportRepository::fieldText(*report, ReportRepository::Field(bit)).size();
    for (const auto &[m, fields] : metrics)
        n += m.note.size() + m.source.size() + QString::number(m.value).size();
    for (const auto &[p, fields] : problems)
        n += p.text.size() + p.reason.size() + p.measure.size() + p.owner.size();
    return n;
}

LocalJournal::LocalJournal(const QString &databaseAddress, qint64 reportId)
    : m_address(databaseAddress), m_reportId(reportId)
{
    const QByteArray key = QCryptographicHash::hash((databaseAddress + u'#' + QString::number(reportId)).toUtf8(),
                                                    QCryptographicHash::Sha256)
                               .toHex()
                               .left(32);
    m_path = paths::dataDirectory() + u"/journal/"_s + QString::fromLatin1(key) + u".json"_s;
}

bool LocalJournal::exists() const { return QFile::exists(m_path); }

void LocalJournal::remove()
{
    if (QFile::exists(m_path) && !QFile::remove(m_path))
        qCWarning(lcJournal) << "cannot remove" << m_path;
}

void LocalJournal::write(const Entry &entry)
{
    if (entry.isEmpty()) {
        remove();
        return;
    }
    QJsonArray sections;
    for (const SectionText &s : entry.sections)
        sections.append(QJsonObject{{u"id"_s, s.id},
                                    {u"heading"_s, s.heading},
                                    {u"body"_s, s.body},
                                    {u"runIn"_s, s.runIn},
                                    {u"baseHeading"_s, s.baseHeading},
                                    {u"baseBody"_s, s.baseBody},
                                    {u"baseRunIn"_s, s.baseRunIn},
                                    {u"baseRevision"_s, s.baseRevision}});
    QJsonObject o{{u"format"_s, kFormat},
                  {u"database"_s, m_address},
                  {u"report"_s, m_reportId},
                  {u"written"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
                  {u"sections"_s, sections}};
    if (entry.report) {
        o.insert(u"reportFields"_s, qint64(entry.reportFields.toInt()));
        o.insert(u"reportValues"_s, reportJson(*entry.report));
    }
    QJsonArray metrics;
    for (const auto &[m, fields] : entry.metrics)
        metrics.append(metricJson(m, fields));
    o.insert(u"metrics"_s, metrics);
    o.insert(u"removedMetrics"_s, QJsonArray::fromStringList(entry.removedMetrics));
    QJsonArray problems;
    for (const auto &[p, fields] : entry.problems)
        problems.append(problemJson(p, fields));
    o.insert(u"problems"_s, problems);

    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QSaveFile file(m_path);
    // QSaveFile writes a temporary file, syncs it to the disk and renames it over the old one on commit.
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(o).toJson(QJsonDocument::Compact)) < 0
        || !file.commit())
        throw Failure(QCoreApplication::translate("LocalJournal", "Your changes could not be kept on this computer either."),
                      Failure::Kind::Operation, file.errorString() + u": "_s + m_path);
    QFile::setPermissions(m_path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

std::optional<LocalJournal::Entry> LocalJournal::read() const
{
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    file.close();
    const QJsonObject o = doc.object();
    if (error.error != QJsonParseError::NoError || o.value(u"format"_s).toInt() != kFormat
        || o.value(u"report"_s).toInteger() != m_reportId) {
        // Never thrown away: kept beside for someone to look at.
        const QString aside = m_path + u".damaged-"_s + QDateTime::currentDateTime().toString(u"yyyyMMddHHmmss"_s);
        qCWarning(lcJournal) << "unreadable journal" << m_path << error.errorString() << "moved to" << aside;
        QFile::rename(m_path, aside);
        return std::nullopt;
    }
    Entry e;
    e.reportId = m_reportId;
    for (const QJsonValue &v : o.value(u"sections"_s).toArray()) {
        const QJsonObject s = v.toObject();
        e.sections.append({s.value(u"id"_s).toInteger(), s.value(u"heading"_s).toString(), s.value(u"body"_s).toString(),
                           s.value(u"runIn"_s).toBool(), s.value(u"baseHeading"_s).toString(),
                           s.value(u"baseBody"_s).toString(), s.value(u"baseRunIn"_s).toBool(),
                           s.value(u"baseRevision"_s).toInt()});
    }
    if (o.contains(u"reportValues"_s)) {
        e.report = reportOf(o.value(u"reportValues"_s).toObject(), m_reportId);
        e.reportFields = ReportRepository::Fields::fromInt(int(o.value(u"reportFields"_s).toInteger()));
    }
    for (const QJsonValue &v : o.value(u"metrics"_s).toArray()) {
        const QJsonObject m = v.toObject();
        MetricValue value;
        value.reportId = m_reportId;
        value.key = m.value(u"key"_s).toString();
        value.value = m.value(u"value"_s).toDouble();
        value.approx = approxFromKey(m.value(u"approx"_s).toString());
        value.note = m.value(u"note"_s).toString();
        value.source = m.value(u"source"_s).toString();
        e.metrics.append({value, MetricRepository::Fields::fromInt(int(m.value(u"fields"_s).toInteger()))});
    }
    for (const QJsonValue &v : o.value(u"removedMetrics"_s).toArray())
        e.removedMetrics << v.toString();
    for (const QJsonValue &v : o.value(u"problems"_s).toArray()) {
        const QJsonObject p = v.toObject();
        Problem problem;
        problem.id = p.value(u"id"_s).toInteger();
        problem.reportId = m_reportId;
        problem.position = p.value(u"position"_s).toInt();
        problem.text = p.value(u"text"_s).toString();
        problem.reason = p.value(u"reason"_s).toString();
        problem.measure = p.value(u"measure"_s).toString();
        problem.owner = p.value(u"owner"_s).toString();
        problem.dueDate = dateOf(p.value(u"due"_s));
        problem.status = problemStatusFromKey(p.value(u"status"_s).toString());
        problem.continuesId = p.value(u"continues"_s).toInteger();
        e.problems.append({problem, ProblemRepository::Fields::fromInt(int(p.value(u"fields"_s).toInteger()))});
    }
    return e;
}

LocalJournal::Entry LocalJournal::difference(const ReportDocument &mine, const ReportDocument &stored)
{
    Entry e;
    e.reportId = mine.report.id;
    for (const Section &s : mine.sections) {
        const int i = sectionIndex(stored.sections, s.id);
        if (i < 0)
            continue; // a structural change is written at once, never journaled
        const Section &b = stored.sections.at(i);
        if (s.body != b.body || s.heading != b.heading || s.runIn != b.runIn)
            e.sections.append({s.id, s.heading, s.body, s.runIn, b.heading, b.body, b.runIn, b.revision});
    }
    const ReportRepository::Fields reportFields = ReportRepository::changedFields(stored.report, mine.report);
    if (reportFields) {
        e.report = mine.report;
        e.reportFields = reportFields;
    }
    for (const MetricValue &m : mine.metrics) {
        const auto it = std::find_if(stored.metrics.cbegin(), stored.metrics.cend(),
                                     [&](const MetricValue &b) { return b.key == m.key; });
        const MetricRepository::Fields fields =
            it == stored.metrics.cend() ? kAllMetricFields : MetricRepository::changedFields(*it, m);
        if (fields)
            e.metrics.append({m, fields});
    }
    for (const MetricValue &b : stored.metrics)
        if (!mine.metric(b.key))
            e.removedMetrics << b.key;
    for (const Problem &p : mine.problems) {
        const auto it = std::find_if(stored.problems.cbegin(), stored.problems.cend(),
                                     [&](const Problem &b) { return b.id == p.id; });
        if (it == stored.problems.cend())
            continue;
        const ProblemRepository::Fields fields = ProblemRepository::changedFields(*it, p) & kProblemTextFields;
        if (fields)
            e.problems.append({p, fields});
    }
    return e;
}

} // namespace fazhi

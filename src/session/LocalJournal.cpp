// SPDX-License-Identifier: GPL-3.0-or-later
#include "LocalJournal.h"

#include "DocumentLists.h"
#include "model/ModelJson.h"
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

/// A model object's JSON form with the fields the session has to write for it.
template<typename T, typename Fields>
QJsonObject withFields(const T &value, Fields fields)
{
    QJsonObject o = json::toJson(value);
    o.insert(u"fields"_s, qint64(fields.toInt()));
    return o;
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
        o.insert(u"reportValues"_s, json::toJson(*entry.report));
    }
    QJsonArray metrics;
    for (const auto &[m, fields] : entry.metrics)
        metrics.append(withFields(m, fields));
    o.insert(u"metrics"_s, metrics);
    o.insert(u"removedMetrics"_s, QJsonArray::fromStringList(entry.removedMetrics));
    QJsonArray problems;
    for (const auto &[p, fields] : entry.problems) {
        QJsonObject po = withFields(p, fields);
        po.insert(u"position"_s, p.position); // not in the CLI's form
        problems.append(po);
    }
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
        e.report = json::reportFromJson(o.value(u"reportValues"_s).toObject());
        e.report->id = m_reportId;
        e.reportFields = ReportRepository::Fields::fromInt(int(o.value(u"reportFields"_s).toInteger()));
    }
    for (const QJsonValue &v : o.value(u"metrics"_s).toArray()) {
        MetricValue value = json::metricFromJson(v.toObject());
        value.reportId = m_reportId;
        e.metrics.append({value, MetricRepository::Fields::fromInt(int(v.toObject().value(u"fields"_s).toInteger()))});
    }
    for (const QJsonValue &v : o.value(u"removedMetrics"_s).toArray())
        e.removedMetrics << v.toString();
    for (const QJsonValue &v : o.value(u"problems"_s).toArray()) {
        Problem problem = json::problemFromJson(v.toObject());
        problem.reportId = m_reportId;
        e.problems.append({problem, ProblemRepository::Fields::fromInt(int(v.toObject().value(u"fields"_s).toInteger()))});
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

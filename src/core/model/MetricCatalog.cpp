// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/MetricCatalog.h"

#include "util/Failure.h"
#include "util/Paths.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <spdlog/spdlog.h>

using namespace Qt::StringLiterals;

namespace fazhi {

namespace {

QStringList toStringList(const QJsonValue &value)
{
    QStringList result;
    for (const QJsonValue &v : value.toArray())
        result.append(v.toString());
    return result;
}

} // namespace

QList<MetricDefinition> MetricCatalog::parse(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (doc.isNull())
        throw Failure(u"指标目录文件格式错误：%1"_s.arg(error.errorString()), Failure::Kind::Input);
    QList<MetricDefinition> result;
    for (const QJsonValue &v : doc.object().value(u"metrics"_s).toArray()) {
        const QJsonObject o = v.toObject();
        MetricDefinition d;
        d.key = o.value(u"key"_s).toString();
        d.name = o.value(u"name"_s).toString();
        d.word = o.value(u"word"_s).toString();
        bool ok = false;
        d.kind = metricKindFromKey(o.value(u"kind"_s).toString(), &ok);
        if (d.key.isEmpty() || d.name.isEmpty() || !ok)
            throw Failure(u"指标目录中有不完整的条目（%1）。"_s.arg(d.key), Failure::Kind::Input);
        d.topic = o.value(u"topic"_s).toString();
        d.requiredFor = toStringList(o.value(u"required_for"_s));
        d.aliases = toStringList(o.value(u"aliases"_s));
        result.append(d);
    }
    return result;
}

const MetricCatalog &MetricCatalog::builtin()
{
    static const MetricCatalog catalog = [] {
        QList<MetricDefinition> all;
        QFile standard(u":/resources/metrics/standard.json"_s);
        if (standard.open(QIODevice::ReadOnly))
            all = parse(standard.readAll());
        const QDir extra(paths::installationFolder(u"metrics"_s));
        for (const QString &name : extra.entryList({u"*.json"_s}, QDir::Files, QDir::Name)) {
            QFile file(extra.filePath(name));
            try {
                if (file.open(QIODevice::ReadOnly))
                    for (const MetricDefinition &d : parse(file.readAll()))
                        if (std::none_of(all.cbegin(), all.cend(), [&](const auto &x) { return x.key == d.key; }))
                            all.append(d);
            } catch (const Failure &f) {
                spdlog::warn("skipping metric catalogue {}: {}", name.toStdString(), f.message().toStdString());
            }
        }
        return MetricCatalog(all);
    }();
    return catalog;
}

MetricCatalog::MetricCatalog(QList<MetricDefinition> definitions) : m_definitions(std::move(definitions)) {}

const MetricDefinition *MetricCatalog::find(const QString &key) const
{
    for (const MetricDefinition &d : m_definitions)
        if (d.key == key)
            return &d;
    return nullptr;
}

QList<MetricDefinition> MetricCatalog::requiredFor(UnitKind kind) const
{
    QList<MetricDefinition> result;
    const QString kindKey = unitKindKey(kind);
    for (const MetricDefinition &d : m_definitions)
        if (d.requiredFor.contains(kindKey))
            result.append(d);
    return result;
}

} // namespace fazhi

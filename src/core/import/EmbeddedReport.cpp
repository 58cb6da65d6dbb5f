// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/EmbeddedReport.h"

#include "model/ModelJson.h"
#include "text/ReportLayout.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace fazhi {

namespace {

const QString kFormat = u"fazhi-report-data"_s;

} // namespace

QString EmbeddedReport::visibleText(const ReportDocument &doc) { return ReportLayout::build(doc).plainText(); }

QString EmbeddedReport::textHash(const QString &visibleText)
{
    QString compact;
    compact.reserve(visibleText.size());
    for (const QChar c : visibleText)
        if (!c.isSpace())
            compact.append(c);
    return QString::fromLatin1(QCryptographicHash::hash(compact.toUtf8(), QCryptographicHash::Sha256).toHex());
}

QByteArray EmbeddedReport::payload(const ReportDocument &doc)
{
    const QJsonObject o{{u"format"_s, kFormat},
                        {u"schema"_s, kSchemaVersion},
                        {u"text_sha256"_s, textHash(visibleText(doc))},
                        {u"report"_s, json::toJson(doc)}};
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

std::optional<EmbeddedReport::Data> EmbeddedReport::parse(const QByteArray &payload)
{
    QJsonParseError error;
    const QJsonDocument json = QJsonDocument::fromJson(payload, &error);
    if (error.error != QJsonParseError::NoError || !json.isObject())
        return std::nullopt;
    const QJsonObject o = json.object();
    const int schema = o.value(u"schema"_s).toInt();
    if (o.value(u"format"_s).toString() != kFormat || schema < 1 || schema > kSchemaVersion ||
        !o.value(u"report"_s).isObject())
        return std::nullopt;
    Data data;
    data.schema = schema;
    data.textHash = o.value(u"text_sha256"_s).toString();
    data.document = json::documentFromJson(o.value(u"report"_s).toObject());
    return data;
}

} // namespace fazhi

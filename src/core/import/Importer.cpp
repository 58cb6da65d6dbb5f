// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/Importer.h"

#include "import/MarkdownForm.h"
#include "model/ModelJson.h"
#include "util/Failure.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace fazhi {

QJsonObject ImportResult::toJson() const
{
    QJsonObject o = json::toJson(document);
    o.insert(u"repairs"_s, QJsonArray::fromStringList(repairs));
    o.insert(u"warnings"_s, QJsonArray::fromStringList(warnings));
    return o;
}

ImportResult Importer::importFile(const QString &path, const ImportOptions &options)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw Failure(u"无法读取文件“%1”：%2"_s.arg(path, file.errorString()), Failure::Kind::Input);
    const QString text = QString::fromUtf8(file.readAll());
    if (QFileInfo(path).suffix().toLower() == u"md"_s || MarkdownForm::looksLike(text)) {
        ImportResult result;
        result.document = MarkdownForm::read(text);
        if (options.year)
            result.document.report.year = options.year;
        return result;
    }
    return importText(text, options);
}

ImportResult Importer::importText(const QString &, const ImportOptions &)
{
    throw Failure(u"暂不能识别这种格式的报告。"_s, Failure::Kind::Input);
}

} // namespace fazhi

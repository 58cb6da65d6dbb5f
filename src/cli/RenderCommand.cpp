// SPDX-License-Identifier: GPL-3.0-or-later
// fazhi render (FILE | --report ID) --format pdf|docx|ofd|html|txt|md -o|--output OUT
#include "Cli.h"

#include "Exporter.h"
#include "import/Importer.h"
#include "storage/DocumentStore.h"
#include "util/Failure.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace fazhi::cli {

namespace {

int render(Context &ctx)
{
    QStringList args = ctx.args();
    for (QString &a : args)
        if (a == u"-o"_s)
            a = u"--output"_s; // the short form every converter accepts
    const Options o(args, {u"report"_s, u"format"_s, u"output"_s}, {});
    const QString out = o.value(u"output"_s);
    if (out.isEmpty())
        throw Failure(u"请用 -o 指定输出文件，例如：fazhi render --report 1 --format pdf -o 报告.pdf。"_s,
                      Failure::Kind::Input);
    QString format = o.value(u"format"_s, QFileInfo(out).suffix()).toLower();
    const std::unique_ptr<Exporter> exporter = Exporter::create(format);
    if (!exporter)
        throw Failure(u"不支持的导出格式“%1”，可用：%2。"_s.arg(format, Exporter::formats().join(u"、"_s)),
                      Failure::Kind::Input);

    ReportDocument doc;
    if (o.has(u"report"_s)) {
        if (!o.positional().isEmpty())
            throw Failure(u"请只给出报告文件或 --report 编号中的一个。"_s, Failure::Kind::Input);
        doc = DocumentStore(ctx.db()).load(o.requiredInt(u"report"_s));
    } else if (o.positional().size() == 1) {
        ImportOptions options;
        options.findFigures = false; // the exports show the text; figures matter only when storing a report
        doc = Importer::importFile(o.positional().first(), options).document;
    } else {
        throw Failure(u"请给出要导出的报告：fazhi render 文件 或 fazhi render --report 编号。"_s,
                      Failure::Kind::Input);
    }

    if (!exporter->write(doc, out))
        throw Failure(exporter->errorString());
    if (ctx.json()) {
        ctx.printJson(QJsonObject{{u"output"_s, QFileInfo(out).absoluteFilePath()},
                                  {u"format"_s, exporter->format()},
                                  {u"notes"_s, QJsonArray::fromStringList(exporter->notes())}});
    } else {
        for (const QString &note : exporter->notes())
            ctx.err() << u"提示："_s << note << u'\n';
        ctx.out() << u"已导出：%1\n"_s.arg(out);
    }
    return Ok;
}

const Registry::Registration regRender(u"render"_s,
                                       u"(文件 | --report ID) --format pdf|docx|ofd|html|txt|md -o 输出"_s,
                                       u"按公文格式导出报告（PDF、Word、OFD）或导出网页、纯文本、Markdown"_s,
                                       render);

} // namespace

} // namespace fazhi::cli

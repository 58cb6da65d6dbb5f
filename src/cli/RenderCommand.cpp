// SPDX-License-Identifier: GPL-3.0-or-later
// fazhi render (FILE | --report ID) [--format F] -o|--output OUT|-  (the formats: ExportFormats)
#include "Cli.h"

#include "ExportFile.h"
#include "ExportFormats.h"
#include "Exporter.h"
#include "import/Importer.h"
#include "storage/DocumentStore.h"
#include "util/Failure.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

#include <cstdio>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace fazhi::cli {

namespace {

QString formatList()
{
    QStringList names;
    for (const ExportFormat &f : ExportFormats::all())
        names << u"%1（%2）"_s.arg(f.key, f.chineseName);
    return names.join(u"、"_s);
}

int render(Context &ctx)
{
    QStringList args = ctx.args();
    for (QString &a : args)
        if (a == u"-o"_s)
            a = u"--output"_s; // the short form every converter accepts
    const Options o(args, {u"report"_s, u"format"_s, u"output"_s}, {});
    const QString out = o.raw(u"output"_s); // a path, as typed
    if (out.isEmpty())
        throw Failure(u"请用 -o 指定输出文件（或用 -o - 输出到标准输出），例如：fazhi render --report 1 --format pdf -o 报告.pdf。"_s,
                      Failure::Kind::Input);
    const bool toStdout = out == u"-"_s;
    if (toStdout && !o.has(u"format"_s))
        throw Failure(u"用 -o - 输出到标准输出时，请用 --format 指定格式：%1。"_s.arg(formatList()),
                      Failure::Kind::Input);
    const QString format = o.value(u"format"_s, QFileInfo(out).suffix()).toLower();
    const std::unique_ptr<Exporter> exporter = Exporter::create(format);
    if (!exporter)
        throw Failure(u"不支持的导出格式“%1”，可用：%2。"_s.arg(format, formatList()), Failure::Kind::Input);

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

    if (toStdout) {
        // The export's bytes are the whole of standard output: notes go to standard error, no summary.
        const QByteArray bytes = exporter->render(doc);
        ctx.flush();
        std::fflush(stdout);
        ExportFile::writeAll(STDOUT_FILENO, bytes, u"标准输出"_s);
        for (const QString &note : exporter->notes())
            ctx.err() << u"提示："_s << note << u'\n';
        return Ok;
    }
    if (!exporter->write(doc, out))
        throw Failure(exporter->errorString(), exporter->errorKind());
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

QString usage()
{
    return u"(文件 | --report ID) [--format %1] -o 输出文件|-"_s.arg(ExportFormats::keys().join(u'|'));
}

const Registry::Registration regRender(u"render"_s, usage(),
                                       u"按公文格式导出报告（PDF、Word、OFD）或导出网页、纯文本、Markdown；-o - 输出到标准输出"_s,
                                       render);

} // namespace

} // namespace fazhi::cli

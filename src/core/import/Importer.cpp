// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/Importer.h"

#include "import/CopyRepair.h"
#include "import/DocxReader.h"
#include "import/EmbeddedReport.h"
#include "import/FigureExtractor.h"
#include "import/HtmlReader.h"
#include "import/ImportLimits.h"
#include "import/MarkdownForm.h"
#include "import/PageFurniture.h"
#include "import/ReportRecognizer.h"
#include "util/Failure.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QRegularExpression>
#include <QStringDecoder>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace fazhi {

namespace {

/// Bytes of a text or web-page file: a page's markup may be many times its text, whose own limit
/// (ImportLimits::kMaxTextChars) is checked once it is decoded.
constexpr qint64 kMaxTextBytes = 20 * 1024 * 1024;
constexpr qint64 kMaxDocxBytes = 50 * 1024 * 1024;

QJsonValue dateOrNull(const QDate &d) { return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue(); }

/// UTF-8 (with or without BOM), UTF-16 with BOM, else GB18030 as Chinese Windows saves it.
QString decode(const QByteArray &bytes, const QByteArray &declared = {})
{
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        QStringDecoder utf16(bytes.startsWith("\xFF\xFE") ? QStringDecoder::Utf16LE : QStringDecoder::Utf16BE);
        return QString(utf16(bytes.mid(2)));
    }
    const bool gbDeclared = declared.startsWith("gb");
    if (!gbDeclared) {
        QStringDecoder utf8(QStringDecoder::Utf8);
        const QString text = utf8(bytes);
        if (!utf8.hasError())
            return text;
    }
    QStringDecoder gb("GB18030");
    if (gb.isValid()) {
        const QString text = gb(bytes);
        if (!gb.hasError())
            return text;
    }
    return QString::fromUtf8(bytes);
}

/// NULs, control characters or undecodable bytes: not a text file.
bool looksBinary(const QString &text)
{
    const qsizetype n = qMin<qsizetype>(text.size(), 65536);
    qsizetype odd = 0;
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = text.at(i).unicode();
        if (c == 0)
            return true;
        if ((c < 0x20 && c != u'\t' && c != u'\n' && c != u'\r' && c != u'\f') || c == 0xFFFD)
            ++odd;
    }
    return n > 0 && odd * 50 > n;
}

SourceLines splitLines(const QString &text)
{
    SourceLines lines;
    QString t = text;
    t.replace(u"\r\n"_s, u"\n"_s);
    t.replace(u'\r', u'\n');
    for (const QString &line : t.split(u'\n'))
        lines.append({line, 0});
    return lines;
}

/// A Markdown file that is not the project's own form: "#"/"##" lines are headings.
SourceLines markdownLines(const QString &text)
{
    static const QRegularExpression heading(u"^(#{1,6})\\s+(.*?)\\s*#*\\s*$"_s);
    static const QRegularExpression escape(u"\\\\(?=[\\\\*_`<\\[\\]&#>+\\-=|.)])"_s);
    SourceLines lines = splitLines(text);
    for (SourceLine &l : lines)
        if (const auto m = heading.match(l.text); m.hasMatch()) {
            l.text = m.captured(2);
            l.heading = m.captured(1).size() <= 2 ? int(m.captured(1).size()) : 0;
        } else {
            l.text.remove(escape);
        }
    return lines;
}

void addFigures(ImportResult &result, const ImportOptions &options, bool intoMetrics)
{
    if (!options.findFigures)
        return;
    result.candidates = FigureExtractor::extract(result.document);
    if (!intoMetrics)
        return;
    for (const MetricCandidate &c : result.candidates) {
        if (c.key.isEmpty() || result.document.metric(c.key))
            continue;
        MetricValue v;
        v.key = c.key;
        v.value = c.value;
        v.approx = c.approx;
        v.source = c.excerpt;
        result.document.metrics.append(v);
    }
}

void applyOptions(ImportResult &result, const ImportOptions &options)
{
    if (options.year > 0)
        result.document.report.year = options.year;
    if (options.unitId > 0)
        result.document.unit.id = options.unitId;
}

/// Our own lossless Markdown form: read as written, figures added only when it carries no metrics.
ImportResult importMarkdownForm(const QString &text, const ImportOptions &options)
{
    ImportResult result;
    result.document = MarkdownForm::read(text);
    applyOptions(result, options);
    addFigures(result, options, result.document.metrics.isEmpty());
    return result;
}

/// `pageDate`: the publication date a container states apart from the text (a web page's <meta>), used when
/// the text itself shows none.
ImportResult importLines(SourceLines lines, const ImportOptions &options, const QString &what = {},
                         const QDate &pageDate = {})
{
    qsizetype chars = std::max<qsizetype>(0, lines.size() - 1); // the line breaks
    for (const SourceLine &l : lines)
        chars += l.text.size();
    ImportLimits::checkText(chars, what);
    ImportResult result;
    // Repairs over the whole text at once: a mark is restored only if the whole text lacks its twin.
    QStringList texts;
    texts.reserve(lines.size());
    for (const SourceLine &l : lines)
        texts.append(l.text);
    QString whole = texts.join(u'\n');
    for (const QString &repair : {CopyRepair::toSimplified(whole), CopyRepair::restorePunctuation(whole)})
        if (!repair.isEmpty())
            result.repairs.append(repair);
    const QStringList repaired = whole.split(u'\n');
    if (repaired.size() == lines.size())
        for (qsizetype i = 0; i < lines.size(); ++i)
            lines[i].text = repaired.at(i);
    else
        lines = splitLines(whole);

    QDate published;
    const QStringList removed = PageFurniture::strip(lines, &published);
    if (!published.isValid())
        published = pageDate;
    if (const QString joined = CopyRepair::joinHardBreaks(lines); !joined.isEmpty())
        result.repairs.append(joined);

    bool any = false;
    for (const SourceLine &l : lines)
        any = any || !l.text.trimmed().isEmpty();
    if (!any)
        throw Failure(u"文件中没有可以识别的报告文字。"_s, Failure::Kind::Input);

    Recognition r = ReportRecognizer::recognize(lines, published);
    result.document = std::move(r.document);
    result.repairs.append(r.repairs);
    result.warnings = r.warnings;
    result.removed = removed + r.removed;
    if (!result.removed.isEmpty())
        result.repairs.append(u"删去了网页上的附带内容（导航、发布信息、分享按钮、页脚等）共 %1 行。"_s.arg(result.removed.size()));
    applyOptions(result, options);
    addFigures(result, options, true);
    return result;
}

/// A unit the body does not name, taken from the page header when one of its lines reads as an organ's name.
void unitFromHeader(ImportResult &result, const QStringList &header)
{
    static const QRegularExpression organ(
        u"^[\\p{Han}（）()]{2,30}(局|委|委员会|办|办公室|政府|人民政府|院|厅|署|中心|街道办事处|街道|镇|乡|司法所|管理处)$"_s);
    for (const QString &line : header) {
        QString name = line.simplified().remove(u' ');
        if (!organ.match(name).hasMatch())
            continue;
        result.document.unit.fullName = name;
        result.document.unit.kind = guessUnitKind(name);
        result.warnings.removeIf([](const QString &w) { return w.contains(u"单位"_s); });
        result.repairs.append(u"正文中没有写明发文单位，按页眉取为“%1”。"_s.arg(name));
        return;
    }
}

ImportResult importEmbedded(const ExtractedText &text, const ImportOptions &options, QString &warning)
{
    const auto data = EmbeddedReport::parse(text.embeddedData);
    if (!data) {
        warning = u"文件附带的报告数据无法读取（可能来自更新版本的程序），已按文件中可见的文字导入。"_s;
        return {};
    }
    QStringList visible;
    visible.reserve(text.lines.size());
    for (const SourceLine &l : text.lines)
        visible.append(l.text);
    if (EmbeddedReport::textHash(visible.join(u'\n')) != data->textHash) {
        warning = u"文件附带的报告数据与文件中可见的文字不一致（导出后文字被改过），已按可见的文字导入；"
                  u"单位、日期、指标和问题请重新核对。"_s;
        return {};
    }
    ImportResult result;
    result.document = data->document;
    result.repairs.append(u"文件附带法治报告工作台导出时的报告数据，且与可见的文字一致：单位、各部分、指标、问题和日期按原样恢复。"_s);
    applyOptions(result, options);
    addFigures(result, options, false);
    return result;
}

} // namespace

ImportResult Importer::importExtracted(const ExtractedText &text, const ImportOptions &options, const QString &what)
{
    QString warning;
    if (!text.embeddedData.isEmpty()) {
        ImportResult restored = importEmbedded(text, options, warning);
        if (warning.isEmpty())
            return restored;
    }
    ImportResult result = importLines(text.lines, options, what, text.pageDate);
    result.repairs = text.repairs + result.repairs;
    QStringList warnings = text.warnings;
    if (!warning.isEmpty())
        warnings.prepend(warning);
    result.warnings = warnings + result.warnings;
    return result;
}

QJsonObject ImportResult::toJson() const
{
    const ReportDocument &doc = document;
    const Report &r = doc.report;
    QJsonObject o;
    o.insert(u"title"_s, r.title);
    o.insert(u"unit"_s, doc.unit.fullName);
    o.insert(u"unit_kind"_s, unitKindKey(doc.unit.kind));
    o.insert(u"year"_s, r.year ? QJsonValue(r.year) : QJsonValue());
    o.insert(u"addressee"_s, r.addressee.isEmpty() ? QJsonValue() : QJsonValue(r.addressee));
    o.insert(u"opening"_s, r.opening);
    QJsonArray parts;
    for (const Section &part : doc.parts()) {
        QJsonArray subs;
        for (const Section &sub : doc.subsections(part.id))
            subs.append(QJsonObject{{u"heading"_s, sub.heading}, {u"text"_s, sub.body}, {u"run_in"_s, sub.runIn}});
        parts.append(QJsonObject{{u"part"_s, part.part > 0 ? QJsonValue(part.part) : QJsonValue()},
                                 {u"heading"_s, part.heading},
                                 {u"text"_s, part.body},
                                 {u"subsections"_s, subs}});
    }
    o.insert(u"parts"_s, parts);
    o.insert(u"signature"_s, QJsonObject{{u"organs"_s, QJsonArray::fromStringList(r.signatories)},
                                         {u"date"_s, dateOrNull(r.writtenDate)}});
    o.insert(u"published"_s, dateOrNull(r.publishedDate));
    if (!r.note.isEmpty())
        o.insert(u"note"_s, r.note);
    QJsonArray metrics;
    for (const MetricCandidate &c : candidates)
        metrics.append(QJsonObject{{u"key"_s, c.key.isEmpty() ? QJsonValue() : QJsonValue(c.key)},
                                   {u"label"_s, c.label},
                                   {u"value"_s, c.value},
                                   {u"word"_s, c.word},
                                   {u"approx"_s, approxKey(c.approx)},
                                   {u"offset"_s, c.offset},
                                   {u"excerpt"_s, c.excerpt}});
    o.insert(u"metrics"_s, metrics);
    QJsonArray problems;
    for (const Problem &p : doc.problems) {
        QJsonObject po{{u"text"_s, p.text}, {u"reason"_s, p.reason.isEmpty() ? QJsonValue() : QJsonValue(p.reason)}};
        problems.append(po);
    }
    o.insert(u"problems"_s, problems);
    o.insert(u"repairs"_s, QJsonArray::fromStringList(repairs));
    o.insert(u"warnings"_s, QJsonArray::fromStringList(warnings));
    o.insert(u"removed"_s, QJsonArray::fromStringList(removed));
    return o;
}

ImportResult Importer::importFile(const QString &path, const ImportOptions &options)
{
    const QFileInfo info(path);
    if (!info.exists())
        throw Failure(u"找不到文件“%1”。"_s.arg(path), Failure::Kind::Input);
    if (info.isDir())
        throw Failure(u"“%1”是一个文件夹，请给出报告文件。"_s.arg(path), Failure::Kind::Input);
    const QString suffix = info.suffix().toLower();
    const bool docx = suffix == u"docx"_s;
    QByteArray head;
    {
        QFile peek(path);
        if (peek.open(QIODevice::ReadOnly))
            head = peek.read(16);
    }
    const auto registered = ImportFormats::find(suffix, head);
    const qint64 limit = registered ? registered->maxBytes : docx ? kMaxDocxBytes : kMaxTextBytes;
    if (info.size() > limit)
        throw Failure(u"文件“%1”太大（%2 MB），超过了 %3 MB 的上限；年度报告通常只有几十 KB，请确认选对了文件。"_s
                          .arg(info.fileName())
                          .arg(double(info.size()) / 1048576.0, 0, 'f', 1)
                          .arg(limit / 1048576),
                      Failure::Kind::Input);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw Failure(u"无法读取文件“%1”（文件不存在或没有读取权限）。"_s.arg(path), Failure::Kind::Input, file.errorString());
    const QByteArray bytes = file.read(limit + 1);
    if (bytes.size() > limit)
        throw Failure(u"文件“%1”太大，超过了 %2 MB 的上限。"_s.arg(info.fileName()).arg(limit / 1048576), Failure::Kind::Input);
    if (bytes.trimmed().isEmpty())
        throw Failure(u"文件“%1”是空的。"_s.arg(info.fileName()), Failure::Kind::Input);

    if (registered)
        return importExtracted(registered->read(path, bytes, options), options, info.fileName());
    if (suffix == u"doc"_s || bytes.startsWith("\xD0\xCF\x11\xE0"))
        throw Failure(u"暂不支持旧版 Word（.doc）文件，请在 Word 或 WPS 中另存为 .docx 后再导入。"_s, Failure::Kind::Input);
    if (suffix == u"pdf"_s || bytes.startsWith("%PDF"))
        throw Failure(u"暂不支持 PDF 文件，请把报告文字复制到 TXT 文件，或另存为 .docx 后再导入。"_s, Failure::Kind::Input);
    if (docx || bytes.startsWith("PK\x03\x04")) {
        if (docx && !bytes.startsWith("PK\x03\x04"))
            throw Failure(u"“%1”不是有效的 Word（.docx）文件：文件不是 ZIP 格式，可能已损坏或只是改了扩展名。"_s.arg(info.fileName()),
                          Failure::Kind::Input);
        ExtractedText text;
        text.lines = DocxReader::read(bytes);
        text.embeddedData = DocxReader::embeddedData(bytes);
        ImportResult result = importExtracted(text, options, info.fileName());
        if (result.document.unit.fullName.trimmed().isEmpty())
            unitFromHeader(result, DocxReader::headerLines(bytes));
        return result;
    }

    const bool html = suffix == u"html"_s || suffix == u"htm"_s || suffix == u"xhtml"_s || suffix == u"shtml"_s;
    const QString text = decode(bytes, html ? HtmlReader::declaredCharset(bytes) : QByteArray());
    if (looksBinary(text))
        throw Failure(u"“%1”不是文本文件（可能是图片、压缩包或其他二进制文件），无法导入。"_s.arg(info.fileName()), Failure::Kind::Input);
    // A web page's markup does not count: its text is measured once it is read out of the page.
    if (!html)
        ImportLimits::checkText(text.size(), info.fileName());

    if (MarkdownForm::looksLike(text))
        return importMarkdownForm(text, options);
    if (suffix == u"md"_s || suffix == u"markdown"_s)
        return importLines(markdownLines(text), options, info.fileName());
    static const QRegularExpression htmlStart(u"^\\s*(<!doctype html|<html|<head|<body|<meta|<div|<p[ >])"_s,
                                              QRegularExpression::CaseInsensitiveOption);
    if (html || htmlStart.match(text.left(1024)).hasMatch()) {
        const QString page = html ? text : decode(bytes, HtmlReader::declaredCharset(bytes));
        return importLines(HtmlReader::read(page), options, info.fileName(), HtmlReader::publishedDate(page));
    }
    return importLines(splitLines(text), options, info.fileName());
}

ImportResult Importer::importText(const QString &text, const ImportOptions &options)
{
    ImportLimits::checkText(text.size());
    if (text.trimmed().isEmpty())
        throw Failure(u"没有可以导入的文字。"_s, Failure::Kind::Input);
    if (looksBinary(text))
        throw Failure(u"这不是文本（含有大量控制字符），无法导入。"_s, Failure::Kind::Input);
    if (MarkdownForm::looksLike(text))
        return importMarkdownForm(text, options);
    return importLines(splitLines(text), options);
}

} // namespace fazhi

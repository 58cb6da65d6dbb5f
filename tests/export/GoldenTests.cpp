// SPDX-License-Identifier: GPL-3.0-or-later
// Golden files: the TXT, the HTML page and the DOCX's word/document.xml of each fixture report
// (tests/data/render/NAME.md) against tests/data/golden/NAME/{report.txt, report.html, document.xml}.
//
// They are compared by structure, not byte for byte: XML (the DOCX part) and HTML as a sequence of tags
// (name and attributes, sorted) and text (runs of white space folded, white space between tags dropped);
// plain text line by line with trailing white space dropped. A difference names the first token that
// differs, with its neighbours.
//
// A deliberate change of the output is accepted by writing the files anew and reviewing the diff:
//     FAZHI_REGENERATE_GOLDEN=1 build/tests/fazhi_export_tests "[golden]"
//     git diff tests/data/golden
// Without that variable a missing golden file fails the test, it is never written silently.
#include "ExportTestSupport.h"

#include "DocxExporter.h"
#include "HtmlExporter.h"
#include "TextExporter.h"

#include <QDir>
#include <QXmlStreamWriter>

using namespace Qt::StringLiterals;
using namespace fazhi;
using namespace fazhi::test;

namespace {

bool regenerating() { return qEnvironmentVariableIntValue("FAZHI_REGENERATE_GOLDEN") == 1; }

QString folded(QStringView text) { return text.toString().simplified(); }

/// One tag, its attributes sorted: <w:p w:rsidR="…">.
QString tag(QStringView name, QList<std::pair<QString, QString>> attributes, bool end)
{
    if (end)
        return u"</"_s + name.toString() + u'>';
    std::sort(attributes.begin(), attributes.end());
    QString out = u'<' + name.toString();
    for (const auto &[key, value] : attributes)
        out += u' ' + key + u"=\""_s + value + u'"';
    return out + u'>';
}

/// An XML document as tokens: tags and non-blank text.
QStringList xmlTokens(const QByteArray &xml)
{
    QStringList out;
    QXmlStreamReader r(xml);
    while (!r.atEnd()) {
        switch (r.readNext()) {
        case QXmlStreamReader::StartElement: {
            QList<std::pair<QString, QString>> attributes;
            for (const QXmlStreamAttribute &a : r.attributes())
                attributes.append({a.qualifiedName().toString(), a.value().toString()});
            out << tag(r.qualifiedName(), attributes, false);
            break;
        }
        case QXmlStreamReader::EndElement: out << tag(r.qualifiedName(), {}, true); break;
        case QXmlStreamReader::Characters:
            if (!r.isWhitespace())
                out << folded(r.text());
            break;
        default: break;
        }
    }
    if (r.hasError())
        out << u"XML ERROR: "_s + r.errorString();
    return out;
}

/// An HTML page as tokens: tags (names lower-case, attributes sorted) and non-blank text.
QStringList htmlTokens(const QString &html)
{
    static const QRegularExpression tagRe(u"<(/?)([A-Za-z!][^\\s/>]*)([^>]*)>"_s);
    static const QRegularExpression attrRe(u"([^\\s=/]+)(?:\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s>]+)))?"_s);
    QStringList out;
    qsizetype at = 0;
    for (auto it = tagRe.globalMatch(html); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const QString text = folded(QStringView(html).mid(at, m.capturedStart() - at));
        if (!text.isEmpty())
            out << text;
        QList<std::pair<QString, QString>> attributes;
        for (auto a = attrRe.globalMatch(m.captured(3)); a.hasNext();) {
            const QRegularExpressionMatch am = a.next();
            attributes.append({am.captured(1).toLower(), am.captured(2) + am.captured(3) + am.captured(4)});
        }
        out << tag(m.captured(2).toLower(), attributes, !m.captured(1).isEmpty());
        at = m.capturedEnd();
    }
    const QString tail = folded(QStringView(html).mid(at));
    if (!tail.isEmpty())
        out << tail;
    return out;
}

QStringList textTokens(const QString &text)
{
    QStringList lines = text.split(u'\n');
    for (QString &line : lines) {
        while (!line.isEmpty() && line.back().isSpace())
            line.chop(1);
    }
    while (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines;
}

/// The XML written with one element a line, so that a change reads as a small diff.
QByteArray indented(const QByteArray &xml)
{
    QByteArray out;
    QXmlStreamReader r(xml);
    QXmlStreamWriter w(&out);
    w.setAutoFormatting(true);
    w.setAutoFormattingIndent(1);
    while (!r.atEnd()) {
        r.readNext();
        if (r.isCharacters() && r.isWhitespace())
            continue;
        w.writeCurrentToken(r);
    }
    REQUIRE_FALSE(r.hasError());
    return out;
}

/// Compares `actual` with the golden file, or writes it when regenerating.
void compareGolden(const QString &path, const QByteArray &actual, const std::function<QStringList(const QByteArray &)> &tokens)
{
    if (regenerating()) {
        QDir().mkpath(QFileInfo(path).absolutePath());
        writeFile(path, actual);
        WARN("golden file written: " << path.toStdString());
        return;
    }
    QFile file(path);
    INFO(path.toStdString() << " (FAZHI_REGENERATE_GOLDEN=1 writes it; see the head of GoldenTests.cpp)");
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QStringList expected = tokens(file.readAll());
    const QStringList got = tokens(actual);
    qsizetype first = 0;
    while (first < expected.size() && first < got.size() && expected.at(first) == got.at(first))
        ++first;
    const auto around = [first](const QStringList &list) { return list.mid(std::max<qsizetype>(0, first - 2), 5).join(u"  ⏎  "_s); };
    INFO("first difference at token " << first << " of " << expected.size() << " expected / " << got.size()
                                      << " produced\nexpected: " << around(expected).toStdString()
                                      << "\nproduced: " << around(got).toStdString());
    CHECK(expected.size() == got.size());
    CHECK(first == expected.size());
    CHECK(expected.size() > 10);
}

} // namespace

TEST_CASE("The fixtures' TXT, HTML and DOCX document.xml match their golden files in structure", "[export][golden]")
{
    for (const QString &name : fixtureReports()) {
        INFO(name.toStdString());
        const ReportDocument doc = fixtureDocument(name);
        const QString dir = testData(u"golden/"_s + name + u'/');
        compareGolden(dir + u"report.txt"_s, TextExporter().render(doc),
                      [](const QByteArray &b) { return textTokens(QString::fromUtf8(b)); });
        compareGolden(dir + u"report.html"_s, HtmlExporter().render(doc),
                      [](const QByteArray &b) { return htmlTokens(QString::fromUtf8(b)); });
        compareGolden(dir + u"document.xml"_s, indented(DocxExporter::parts(doc).value(u"word/document.xml"_s)),
                      [](const QByteArray &b) { return xmlTokens(b); });
    }
}

TEST_CASE("The structural comparison ignores layout of the markup and sees every change of content", "[export][golden]")
{
    CHECK(xmlTokens("<a x=\"1\" y=\"2\">\n  <b>文 字</b>\n</a>") == xmlTokens("<a y=\"2\" x=\"1\"><b>文  字</b></a>"));
    CHECK(xmlTokens("<a><b>文字</b></a>") != xmlTokens("<a><b>文学</b></a>"));
    CHECK(xmlTokens("<a x=\"1\"/>") != xmlTokens("<a x=\"2\"/>"));
    CHECK(htmlTokens(u"<P CLASS='a' id=b>正文\n</p>"_s) == htmlTokens(u"<p id=\"b\" class=\"a\">正文</p>"_s));
    CHECK(htmlTokens(u"<p>正文</p>"_s) != htmlTokens(u"<p>正 文</p>"_s));
    CHECK(textTokens(u"一、\n正文  \n\n"_s) == textTokens(u"一、\n正文"_s));
}

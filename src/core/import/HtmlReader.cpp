// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/HtmlReader.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace fazhi {

namespace {

const QSet<QString> &blockTags()
{
    static const QSet<QString> tags{u"p"_s,     u"div"_s,     u"br"_s,     u"li"_s,      u"tr"_s,      u"td"_s,    u"th"_s,
                                    u"h1"_s,    u"h2"_s,      u"h3"_s,     u"h4"_s,      u"h5"_s,      u"h6"_s,    u"table"_s,
                                    u"ul"_s,    u"ol"_s,      u"section"_s, u"article"_s, u"header"_s, u"footer"_s, u"nav"_s,
                                    u"blockquote"_s, u"pre"_s, u"hr"_s,     u"dd"_s,      u"dt"_s,      u"dl"_s,    u"form"_s,
                                    u"center"_s, u"title"_s,  u"tbody"_s,  u"thead"_s,   u"main"_s,    u"aside"_s, u"figure"_s};
    return tags;
}

QString decodeEntity(const QString &entity)
{
    static const QHash<QString, QString> named{
        {u"nbsp"_s, u" "_s},  {u"amp"_s, u"&"_s},    {u"lt"_s, u"<"_s},      {u"gt"_s, u">"_s},     {u"quot"_s, u"\""_s},
        {u"apos"_s, u"'"_s},  {u"ldquo"_s, u"“"_s},  {u"rdquo"_s, u"”"_s},   {u"lsquo"_s, u"‘"_s},  {u"rsquo"_s, u"’"_s},
        {u"mdash"_s, u"—"_s}, {u"ndash"_s, u"–"_s},  {u"hellip"_s, u"…"_s},  {u"middot"_s, u"·"_s}, {u"emsp"_s, u"\u3000"_s},
        {u"ensp"_s, u" "_s},  {u"thinsp"_s, u" "_s}, {u"times"_s, u"×"_s},   {u"copy"_s, u"©"_s},   {u"reg"_s, u"®"_s},
        {u"laquo"_s, u"«"_s}, {u"raquo"_s, u"»"_s},  {u"bull"_s, u"•"_s},    {u"deg"_s, u"°"_s},    {u"yen"_s, u"¥"_s}};
    if (entity.startsWith(u'#')) {
        bool ok = false;
        const uint code = entity.startsWith(u"#x"_s) || entity.startsWith(u"#X"_s) ? entity.mid(2).toUInt(&ok, 16)
                                                                                    : entity.mid(1).toUInt(&ok, 10);
        if (!ok || code == 0 || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
            return {};
        const char32_t c = code;
        return QString::fromUcs4(&c, 1);
    }
    return named.value(entity);
}

} // namespace

QByteArray HtmlReader::declaredCharset(const QByteArray &head)
{
    static const QRegularExpression charset(u"charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_\\-]+)"_s,
                                            QRegularExpression::CaseInsensitiveOption);
    const auto m = charset.match(QString::fromLatin1(head.left(4096)));
    return m.hasMatch() ? m.captured(1).toLower().toLatin1() : QByteArray();
}

QDate HtmlReader::publishedDate(const QString &html)
{
    static const QRegularExpression meta(u"<meta\\b[^>]*>"_s, QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression name(
        u"\\b(?:name|property|itemprop)\\s*=\\s*[\"']?(pubdate|publishdate|publish_date|publishtime|firstpublishedtime|"
        u"article:published_time|datepublished|dc\\.date|dc\\.date\\.issued|dcterms\\.issued)[\"'\\s/>]"_s,
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression content(u"\\bcontent\\s*=\\s*[\"']?\\s*((?:19|20)[0-9]{2})[-/年.]([0-9]{1,2})[-/月.]([0-9]{1,2})"_s,
                                            QRegularExpression::CaseInsensitiveOption);
    const QStringView head = QStringView(html).left(html.indexOf(u"</head"_s, 0, Qt::CaseInsensitive) > 0
                                                        ? html.indexOf(u"</head"_s, 0, Qt::CaseInsensitive)
                                                        : std::min<qsizetype>(html.size(), 65536));
    for (auto it = meta.globalMatch(head); it.hasNext();) {
        const QString tag = it.next().captured();
        if (!name.match(tag).hasMatch())
            continue;
        if (const auto m = content.match(tag); m.hasMatch()) {
            const QDate d(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
            if (d.isValid())
                return d;
        }
    }
    return {};
}

SourceLines HtmlReader::read(const QString &html)
{
    SourceLines lines;
    QString current;
    bool pre = false;
    const auto flush = [&] {
        const QString t = current.trimmed();
        if (!t.isEmpty())
            lines.append({t, 0});
        current.clear();
    };
    const qsizetype n = html.size();
    qsizetype i = 0;
    while (i < n) {
        const QChar c = html.at(i);
        if (c == u'<') {
            if (html.mid(i, 4) == u"<!--"_s) {
                const qsizetype end = html.indexOf(u"-->"_s, i + 4);
                i = end < 0 ? n : end + 3;
                continue;
            }
            // Tag name.
            qsizetype j = i + 1;
            const bool closing = j < n && html.at(j) == u'/';
            if (closing)
                ++j;
            const qsizetype nameStart = j;
            while (j < n && (html.at(j).isLetterOrNumber() || html.at(j) == u'-' || html.at(j) == u':'))
                ++j;
            const QString name = html.mid(nameStart, j - nameStart).toLower();
            if (name.isEmpty() && !(j < n && (html.at(j) == u'!' || html.at(j) == u'?'))) {
                current += c; // a literal "<"
                ++i;
                continue;
            }
            // Skip to the tag's end, honouring quoted attribute values.
            QChar quote;
            while (j < n) {
                const QChar d = html.at(j);
                if (!quote.isNull()) {
                    if (d == quote)
                        quote = QChar();
                } else if (d == u'"' || d == u'\'') {
                    quote = d;
                } else if (d == u'>') {
                    break;
                }
                ++j;
            }
            i = j + 1;
            if (!closing && (name == u"script"_s || name == u"style"_s || name == u"noscript"_s || name == u"head"_s ||
                             name == u"template"_s || name == u"svg"_s)) {
                const qsizetype end = html.indexOf(u"</"_s + name, i, Qt::CaseInsensitive);
                i = end < 0 ? n : end;
                continue;
            }
            if (name == u"pre"_s)
                pre = !closing;
            // Page headings (h1, h2) are usually the site's name or the title: left to recognition.
            if (blockTags().contains(name))
                flush();
            continue;
        }
        if (c == u'&') {
            const qsizetype semi = html.indexOf(u';', i + 1);
            if (semi > i && semi - i <= 10) {
                const QString decoded = decodeEntity(html.mid(i + 1, semi - i - 1));
                if (!decoded.isEmpty() || html.at(i + 1) == u'#') {
                    current += decoded;
                    i = semi + 1;
                    continue;
                }
            }
            current += c;
            ++i;
            continue;
        }
        if (c == u'\n' || c == u'\r' || c == u'\t' || c == u' ') {
            if (pre && c == u'\n') {
                flush();
                ++i;
                continue;
            }
            // A run of white space is one space, none where Chinese text was broken over source lines.
            qsizetype k = i;
            bool newline = false;
            while (k < n && (html.at(k) == u'\n' || html.at(k) == u'\r' || html.at(k) == u'\t' || html.at(k) == u' ')) {
                newline = newline || html.at(k) == u'\n';
                ++k;
            }
            if (!current.isEmpty() && !current.endsWith(u' ')) {
                const bool cjkBefore = current.back().unicode() >= 0x2E80;
                const bool cjkAfter = k < n && html.at(k).unicode() >= 0x2E80;
                if (!(newline && cjkBefore && cjkAfter))
                    current += u' ';
            }
            i = k;
            continue;
        }
        current += c;
        ++i;
    }
    flush();
    return lines;
}

} // namespace fazhi

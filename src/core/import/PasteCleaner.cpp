// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/PasteCleaner.h"

#include "import/CopyRepair.h"
#include "import/HtmlReader.h"
#include "text/ChineseText.h"
#include "text/InputText.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace fazhi {

namespace {

const QString kTableMark = u"\uE000TABLE"_s; // a private-use mark no text contains

int chineseNumber(const QString &digits)
{
    static const QString units = u"一二三四五六七八九"_s;
    if (digits == u"十"_s)
        return 10;
    if (digits.size() == 1)
        return int(units.indexOf(digits.at(0))) + 1;
    if (digits.size() == 2 && digits.at(0) == u'十')
        return 10 + int(units.indexOf(digits.at(1))) + 1;
    return 0;
}

/// The rows of an HTML table, each a list of cell texts.
QList<QStringList> tableRows(const QString &table)
{
    static const QRegularExpression row(u"<tr\\b[^>]*>(.*?)</tr\\s*>"_s,
                                        QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression cell(u"<t[dh]\\b[^>]*>(.*?)</t[dh]\\s*>"_s,
                                         QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
    QList<QStringList> rows;
    for (auto r = row.globalMatch(table); r.hasNext();) {
        QStringList cells;
        const QString inner = r.next().captured(1);
        for (auto c = cell.globalMatch(inner); c.hasNext();) {
            QStringList parts;
            for (const SourceLine &l : HtmlReader::read(c.next().captured(1)))
                if (!l.text.trimmed().isEmpty())
                    parts << l.text.trimmed();
            cells << parts.join(u' ');
        }
        if (!cells.isEmpty())
            rows << cells;
    }
    return rows;
}

/// A table row as a paragraph: its cells in order, "；" between them.
QString rowText(const QStringList &cells)
{
    QStringList kept;
    for (const QString &c : cells)
        if (!c.trimmed().isEmpty())
            kept << c.trimmed();
    return kept.join(u"；"_s);
}

} // namespace

QString PasteResult::bodyText() const
{
    QStringList lines;
    for (const PastedBlock &b : blocks)
        lines << b.text;
    return lines.join(u'\n');
}

bool PasteResult::hasHeadings() const
{
    return std::any_of(blocks.begin(), blocks.end(), [](const PastedBlock &b) { return b.kind != PastedBlock::Paragraph; });
}

bool PasteCleaner::isPageNumber(const QString &line)
{
    static const QRegularExpression page(
        u"^\\s*(?:[-－—–]+\\s*\\d{1,4}\\s*[-－—–]+|第\\s*\\d{1,4}\\s*页(?:\\s*[,，/]?\\s*共\\s*\\d{1,4}\\s*页)?|\\d{1,4}\\s*/\\s*\\d{1,4}|[Pp]age\\s*\\d{1,4}(?:\\s*of\\s*\\d{1,4})?)\\s*$"_s);
    return page.match(line).hasMatch();
}

PasteResult PasteCleaner::clean(const QString &plain, const QString &html)
{
    PasteResult result;
    QList<QList<QStringList>> tables;
    QStringList lines;
    if (!html.trimmed().isEmpty()) {
        // Word's HTML: paragraphs are <p>, tables <table>; a table's cells would otherwise become lines of their own.
        static const QRegularExpression table(u"<table\\b.*?</table\\s*>"_s,
                                              QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
        QString rest;
        qsizetype last = 0;
        for (auto it = table.globalMatch(html); it.hasNext();) {
            const auto m = it.next();
            rest += html.mid(last, m.capturedStart() - last);
            rest += u"<p>"_s + kTableMark + QString::number(tables.size()) + u"</p>"_s;
            tables << tableRows(m.captured(0));
            last = m.capturedEnd();
        }
        rest += html.mid(last);
        for (const SourceLine &l : HtmlReader::read(rest))
            lines << l.text;
    } else {
        // CRLF (Windows), CR (old Mac) and LF: one line break is one paragraph.
        QString text = plain;
        text.replace(u"\r\n"_s, u"\n"_s).replace(u'\r', u'\n');
        text.replace(QChar(0x2029), u'\n').replace(QChar(0x2028), u'\n');
        lines = text.split(u'\n');
        // Lines of tab-separated cells (a table copied as text): two or more in a row make a table.
        for (qsizetype i = 0; i < lines.size();) {
            qsizetype j = i;
            while (j < lines.size() && lines.at(j).count(u'\t') >= 1 && lines.at(j).split(u'\t', Qt::SkipEmptyParts).size() >= 2)
                ++j;
            if (j - i >= 2) {
                QList<QStringList> rows;
                for (qsizetype k = i; k < j; ++k)
                    rows << lines.at(k).split(u'\t');
                lines.remove(i, j - i);
                lines.insert(i, kTableMark + QString::number(tables.size()));
                tables << rows;
                ++i;
            } else {
                i = j > i ? j : i + 1;
            }
        }
    }

    int pageNumbers = 0, bullets = 0;
    static const QRegularExpression bullet(u"^[•●○◆◇■□▪▫·・\\-*※►▶√✓]\\s*"_s);
    static const QRegularExpression partHeading(u"^([一二三四五六七八九十]{1,3})[、.．]\\s*(.+)$"_s);
    static const QRegularExpression subsection(u"^[（(]([一二三四五六七八九十]{1,3})[）)]\\s*(.+)$"_s);
    for (QString line : std::as_const(lines)) {
        line = input::clean(line).trimmed();
        line.remove(QChar(0xFEFF));
        if (line.isEmpty())
            continue;
        if (line.startsWith(kTableMark)) {
            const QList<QStringList> &rows = tables.at(line.mid(kTableMark.size()).toInt());
            int columns = 0;
            for (const QStringList &r : rows)
                columns = std::max(columns, int(r.size()));
            for (const QStringList &r : rows)
                if (const QString t = rowText(r); !t.isEmpty())
                    result.blocks.append({PastedBlock::Paragraph, t, 0});
            ++result.tables;
            result.changes << u"粘贴的内容含有一个 %1 行 %2 列的表格：正文不排表格，已改为每行一段、各格之间用“；”隔开，请改写成文字，或把表格作为附件另行报送。"_s
                                  .arg(rows.size())
                                  .arg(columns);
            continue;
        }
        if (isPageNumber(line)) {
            ++pageNumbers;
            continue;
        }
        if (const auto m = bullet.match(line); m.hasMatch() && line.size() > m.capturedLength()) {
            line = line.mid(m.capturedLength());
            ++bullets;
        }
        if (const auto m = partHeading.match(line); m.hasMatch() && m.captured(2).size() <= 40 && !m.captured(2).contains(u'。')) {
            result.blocks.append({PastedBlock::Part, m.captured(2).trimmed(), chineseNumber(m.captured(1))});
            continue;
        }
        if (const auto m = subsection.match(line); m.hasMatch()) {
            QString heading = m.captured(2).trimmed();
            QString body;
            // A run-in heading "（一）加强学习。全年……": the heading ends at its first full stop.
            const qsizetype stop = heading.indexOf(u'。');
            if (stop >= 0 && stop < heading.size() - 1) {
                body = heading.mid(stop + 1).trimmed();
                heading = heading.left(stop);
            }
            if (heading.isEmpty() || heading.size() > 40) { // a numbered paragraph, not a heading
                result.blocks.append({PastedBlock::Paragraph, line, 0});
                continue;
            }
            if (heading.endsWith(u'。'))
                heading.chop(1);
            result.blocks.append({PastedBlock::Subsection, heading, 0});
            if (!body.isEmpty())
                result.blocks.append({PastedBlock::Paragraph, body, 0});
            continue;
        }
        result.blocks.append({PastedBlock::Paragraph, line, 0});
    }

    if (pageNumbers)
        result.changes.prepend(u"去掉了 %1 行页码（如“- 1 -”）。"_s.arg(pageNumbers));
    if (bullets)
        result.changes << u"去掉了 %1 个项目符号。"_s.arg(bullets);
    // Punctuation and characters as the importer repairs them, over the whole text at once.
    QString whole;
    for (const PastedBlock &b : std::as_const(result.blocks))
        whole += b.text + u'\n';
    const QString before = whole;
    for (const QString &repair : {CopyRepair::toSimplified(whole), CopyRepair::restorePunctuation(whole)})
        if (!repair.isEmpty())
            result.changes << repair;
    if (whole != before) {
        const QStringList repaired = whole.split(u'\n');
        for (qsizetype i = 0; i < result.blocks.size() && i < repaired.size(); ++i)
            result.blocks[i].text = repaired.at(i);
    }
    return result;
}

} // namespace fazhi

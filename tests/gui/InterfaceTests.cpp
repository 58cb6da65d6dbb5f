// SPDX-License-Identifier: GPL-3.0-or-later
#include "GuiTestSupport.h"

#include "PageView.h"
#include "PreviewPanel.h"
#include "OfficialFonts.h"
#include "OfficialPaginator.h"
#include "ReportSession.h"
#include "SectionEditor.h"
#include "BodyEdit.h"
#include "LayoutMapping.h"

#include <QFile>
#include <QRegularExpression>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;
using namespace fazhi;
using namespace fazhi::test;

TEST_CASE("The Simplified Chinese catalogue is complete", "[gui][i18n]")
{
    QFile ts(QStringLiteral(FAZHI_GUI_TS_FILE));
    REQUIRE(ts.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&ts);
    int messages = 0;
    QStringList unfinished;
    QString source;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"source"_s)
            source = xml.readElementText();
        if (xml.name() == u"translation"_s) {
            ++messages;
            const QString type = xml.attributes().value(u"type"_s).toString();
            const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            if (!type.isEmpty() || text.trimmed().isEmpty())
                unfinished << source;
        }
    }
    CHECK(messages > 200);
    INFO(unfinished.join(u" | "_s).toStdString());
    CHECK(unfinished.isEmpty());

    QTranslator translator;
    REQUIRE(translator.load(u"fazhi_zh_CN"_s, u":/i18n"_s));
    CHECK(translator.translate("fazhi::Actions", "&New report…") == u"新建报告(&N)…"_s);
}

TEST_CASE("The preview shows the very pages the PDF prints", "[gui][preview]")
{
    Workspace ws;
    ws.openDemoReport();
    PreviewPanel *preview = ws.window->preview();
    preview->refreshNow();
    const QList<OfficialPage> &shown = preview->pageView()->pages();
    REQUIRE(shown.size() >= 2);
    CHECK(preview->pageCount() == shown.size());

    // The export's own pagination of the same report.
    const OfficialFonts fonts;
    const QList<OfficialPage> printed =
        OfficialPaginator(fonts).paginate(ReportLayout::build(ws.window->session()->document()));
    REQUIRE(printed.size() == shown.size());
    for (int p = 0; p < printed.size(); ++p) {
        REQUIRE(printed.at(p).lines.size() == shown.at(p).lines.size());
        for (int l = 0; l < printed.at(p).lines.size(); ++l) {
            const OfficialLine &a = printed.at(p).lines.at(l);
            const OfficialLine &b = shown.at(p).lines.at(l);
            CHECK(a.row == b.row);
            CHECK(a.row < OfficialPaginator::linesPerPage);
            REQUIRE(a.runs.size() == b.runs.size());
            for (int r = 0; r < a.runs.size(); ++r) {
                CHECK(a.runs.at(r).glyphs == b.runs.at(r).glyphs);
                CHECK(a.runs.at(r).positions == b.runs.at(r).positions);
                CHECK(a.runs.at(r).slot == b.runs.at(r).slot);
            }
        }
    }
    // The first line is the title, and the preview paints glyphs on the paper: blank paper and the grey
    // around it have no dark pixel at all.
    const ReportLayout &layout = preview->layout();
    REQUIRE(!shown.first().lines.isEmpty());
    CHECK(layout.blocks().at(shown.first().lines.first().block).kind == BlockKind::Title);
    PageView *view = preview->pageView();
    view->resize(600, view->sizeHint().height());
    const QImage image = view->grab(QRect(0, 0, 600, 400)).toImage();
    int dark = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            dark += qGray(image.pixel(x, y)) < 100;
    CHECK(dark > 50);
}

TEST_CASE("The preview follows the editor's cursor", "[gui][preview]")
{
    Workspace ws;
    ws.openDemoReport();
    PreviewPanel *preview = ws.window->preview();
    preview->refreshNow();
    BodyEdit *body = ws.window->sectionEditor()->bodyEdit();
    const qint64 sectionId = ws.window->sectionEditor()->sectionId();
    // The printed line the preview marks holds the cursor's place in the plain text.
    const auto markedLineHolds = [&](int offset) {
        const auto [page, row] = preview->pageView()->highlightedLine();
        REQUIRE(page >= 0);
        for (const OfficialLine &line : preview->pageView()->pages().at(page).lines)
            if (line.row == row && line.block >= 0) {
                const int start = preview->layout().blocks().at(line.block).offset + line.start;
                return start <= offset && offset <= start + line.length;
            }
        return false;
    };

    body->moveCursor(QTextCursor::End);
    const int end = LayoutMapping::toPlain(preview->layout(), sectionId, body->textCursor().position());
    REQUIRE(end > 0);
    CHECK(preview->layout().plainText().mid(end - 3, 3) == body->toPlainText().right(3));
    CHECK(markedLineHolds(end));
    const auto endLine = preview->pageView()->highlightedLine();

    body->moveCursor(QTextCursor::Start);
    const int start = LayoutMapping::toPlain(preview->layout(), sectionId, 0);
    CHECK(markedLineHolds(start));
    CHECK(preview->pageView()->highlightedLine() != endLine);
}

TEST_CASE("Clicking a line of the preview opens its section at that place", "[gui][preview]")
{
    Workspace ws;
    ws.openDemoReport();
    PreviewPanel *preview = ws.window->preview();
    preview->refreshNow();
    const ReportLayout &layout = preview->layout();

    // A continuation line of a paragraph in another subsection than the one open: the jump must change the
    // section and land mid-paragraph.
    const qint64 open = ws.window->sectionEditor()->sectionId();
    int offset = -1;
    for (const OfficialPage &page : preview->pageView()->pages()) {
        for (const OfficialLine &line : page.lines) {
            if (line.block < 0 || line.start == 0 || layout.blocks().at(line.block).kind != BlockKind::Paragraph)
                continue;
            const SourcePlace place = LayoutMapping::toSource(layout, layout.blocks().at(line.block).offset + line.start);
            const Section *section = ws.window->session()->section(place.sectionId);
            if (section && section->parentId != 0 && section->id != open) {
                offset = layout.blocks().at(line.block).offset + line.start;
                break;
            }
        }
        if (offset >= 0)
            break;
    }
    REQUIRE(offset > 0);
    const SourcePlace expected = LayoutMapping::toSource(layout, offset);

    PageView *view = preview->pageView();
    const QRect row = view->highlightOffset(offset);
    REQUIRE(row.isValid());
    QTest::mouseClick(view, Qt::LeftButton, {}, row.center());

    CHECK(ws.window->sectionEditor()->sectionId() == expected.sectionId);
    CHECK(ws.window->sectionEditor()->bodyEdit()->textCursor().position() == expected.position);
    CHECK(expected.position > 0);
}

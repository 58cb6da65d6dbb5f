// SPDX-License-Identifier: GPL-3.0-or-later
#include "GuiTestSupport.h"

#include "PageView.h"
#include "PreviewPanel.h"
#include "PreviewPaginator.h"
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

TEST_CASE("The preview breaks the report into pages of 22 lines of 28 characters", "[gui][preview]")
{
    Workspace ws;
    ws.openDemoReport();
    PreviewPanel *preview = ws.window->preview();
    preview->refreshNow();
    const QList<PreviewPage> &pages = preview->pageView()->pages();
    REQUIRE(pages.size() >= 2);
    CHECK(pages.first().lines.size() == PreviewPaginator::kLinesPerPage);
    for (const PreviewPage &page : pages)
        for (const PreviewLine &line : page.lines) {
            double width = line.indent;
            for (QChar c : line.text)
                width += PreviewPaginator::charWidth(c);
            CHECK(width <= PreviewPaginator::kCharsPerLine + 1.01); // a closing mark may hang
        }
    CHECK(pages.first().lines.first().kind == BlockKind::Title);
}

TEST_CASE("The preview follows the editor's cursor", "[gui][preview]")
{
    Workspace ws;
    ws.openDemoReport();
    PreviewPanel *preview = ws.window->preview();
    preview->refreshNow();
    BodyEdit *body = ws.window->sectionEditor()->bodyEdit();
    body->moveCursor(QTextCursor::End);
    const QRect end = preview->pageView()->highlightOffset(-1);
    Q_UNUSED(end);
    const int offset = LayoutMapping::toPlain(preview->layout(), ws.window->sectionEditor()->sectionId(),
                                              body->textCursor().position());
    REQUIRE(offset > 0);
    CHECK(preview->layout().plainText().mid(offset - 3, 3) == body->toPlainText().right(3));
}

// SPDX-License-Identifier: GPL-3.0-or-later
// Pasting from Word or WPS into a section: cleaned as an import is, paragraphs kept, tables and headings
// never silently flattened into the text, the clerk told what was changed, one undo step.
#include "GuiTestSupport.h"

#include "BodyEdit.h"
#include "SectionEditor.h"

#include <QClipboard>
#include <QFile>
#include <QMimeData>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace fazhi;
using namespace fazhi::test;

namespace {

void paste(BodyEdit *body, const QString &text, const QString &html = {})
{
    auto *data = new QMimeData;
    data->setText(text);
    if (!html.isEmpty())
        data->setHtml(html);
    QGuiApplication::clipboard()->setMimeData(data);
    body->setFocus();
    QTest::keyClick(body, Qt::Key_V, Qt::ControlModifier);
}

QString wordFragment()
{
    QFile f(QStringLiteral(FAZHI_TEST_DATA_DIR "/paste/word-fragment.html"));
    REQUIRE(f.open(QIODevice::ReadOnly));
    return QString::fromUtf8(f.readAll());
}

} // namespace

TEST_CASE("Text pasted from Word loses its page numbers and CRLF, keeps its paragraphs, and the clerk is told",
          "[gui][paste]")
{
    Workspace ws;
    ws.openDemoReport();
    SectionEditor *editor = ws.window->sectionEditor();
    const qint64 id = editor->sectionId();
    const QString before = ws.session().section(id)->body;
    BodyEdit *body = editor->bodyEdit();
    body->moveCursor(QTextCursor::End);
    paste(body, u"\r\n第一段。\r\n- 1 -\r\n第二段。\r\n"_s);
    CHECK(ws.session().section(id)->body == before + u"第一段。\n第二段。"_s);
    CHECK(editor->pasteNotice().contains(u"页码"_s));
}

TEST_CASE("Word's HTML on the clipboard: paragraphs and table rows kept, a part heading leads to that part, a "
          "subsection heading makes a subsection, and one undo takes it all back",
          "[gui][paste]")
{
    Workspace ws;
    ws.openDemoReport();
    SectionEditor *editor = ws.window->sectionEditor();
    const qint64 id = editor->sectionId();
    const ReportDocument before = ws.session().document();
    const QString bodyBefore = ws.session().section(id)->body;
    const Section partTwo = before.parts().at(1);
    const int partTwoSubsections = int(before.subsections(partTwo.id).size());
    BodyEdit *body = editor->bodyEdit();
    body->moveCursor(QTextCursor::End);
    paste(body, u"全年办理行政复议案件8件，纠错2件。"_s, wordFragment());

    const QString written = ws.session().section(id)->body;
    CHECK(written.endsWith(u"全年办理行政复议案件8件，纠错2件。\n行政机关负责人出庭应诉率达100%。\n案件类别；件数\n行政复议；8"_s));
    CHECK_FALSE(written.contains(u"1 -"_s));
    CHECK_FALSE(written.contains(u"存在的不足"_s)); // the heading is structure, not text of part one
    CHECK(ws.session().section(partTwo.id)->body.endsWith(u"基层执法力量不足，专业人员缺乏。"_s));
    const QList<Section> subs = ws.session().document().subsections(partTwo.id);
    REQUIRE(subs.size() == partTwoSubsections + 1);
    CHECK(subs.last().heading == u"加强执法队伍建设"_s);
    CHECK(subs.last().body == u"开展执法人员轮训。"_s);
    const QString notice = editor->pasteNotice();
    CHECK(notice.contains(u"页码"_s));
    CHECK(notice.contains(u"表格"_s));
    CHECK(notice.contains(u"subsection"_s));

    ws.session().undo();
    CHECK(ws.session().section(id)->body == bodyBefore);
    CHECK(ws.session().section(partTwo.id)->body == partTwo.body);
    CHECK(ws.session().document().subsections(partTwo.id).size() == partTwoSubsections);
}

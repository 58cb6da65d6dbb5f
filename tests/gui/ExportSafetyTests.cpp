// SPDX-License-Identifier: GPL-3.0-or-later
// The workspace's export and paste under the same attacks as the CLI: a full disk, control characters.
#include "FullDisk.h"
#include "GuiTestSupport.h"

#include "Actions.h"
#include "BodyEdit.h"
#include "SectionEditor.h"

#include <QClipboard>
#include <QFileInfo>
#include <QGuiApplication>

using namespace fazhi;
using namespace fazhi::test;
using namespace Qt::StringLiterals;

TEST_CASE("The workspace's export onto a full disk says 磁盘空间不足 and keeps the old file", "[gui][export][safety]")
{
    FullDisk disk;
    FAZHI_REQUIRE_FULL_DISK(disk);
    Workspace ws;
    ws.openDemoReport();
    for (const QString &format : {u"txt"_s, u"docx"_s}) {
        INFO(format.toStdString());
        const QString path = disk.filePath(u"report."_s + format);
        writeFile(path, QByteArray("last week's export\n").repeated(30));
        const QByteArray before = sha256(path);
        disk.fill();
        const QStringList entries = disk.entries();
        MessageBox::clearHistory();
        FileDialog::setNextFileName(path);
        ws.window->actions()->exportReport->trigger();
        INFO(MessageBox::history().join(u" | "_s).toStdString());
        REQUIRE(MessageBox::history().size() == 1);
        CHECK(MessageBox::history().last().contains(u"磁盘空间不足"_s));
        CHECK(sha256(path) == before);
        CHECK(disk.entries() == entries);
        disk.drain();
    }
}

TEST_CASE("A paste loses its control characters and escape sequences", "[gui][editing][safety]")
{
    Workspace ws;
    ws.openDemoReport();
    SectionEditor *editor = ws.window->sectionEditor();
    const qint64 id = editor->sectionId();
    const QString before = ws.session().section(id)->body;
    BodyEdit *body = editor->bodyEdit();
    body->setFocus();
    body->moveCursor(QTextCursor::End);
    QGuiApplication::clipboard()->setText(u"粘贴\x1b[31m的\x07一句\u202e话\x01。"_s);
    QTest::keyClick(body, Qt::Key_V, Qt::ControlModifier);
    CHECK(ws.session().section(id)->body == before + u"粘贴的一句话。"_s);
}

// SPDX-License-Identifier: GPL-3.0-or-later
#include "GuiTestSupport.h"

#include "Actions.h"
#include "BatchImportDialog.h"
#include "BodyEdit.h"
#include "Exporter.h"
#include "ImportDialog.h"
#include "OutlinePanel.h"
#include "NewReportDialog.h"
#include "PreviewPanel.h"
#include "SectionEditor.h"
#include "UnitDialog.h"
#include "UnitsDock.h"
#include "storage/ProblemRepository.h"
#include "storage/ReferenceRepository.h"
#include "storage/UnitRepository.h"

#include <QAction>
#include <QLabel>
#include <QRegularExpression>
#include <QTableWidget>
#include <QFileInfo>
#include <QLineEdit>
#include <QListWidget>
#include <QRadioButton>

using namespace Qt::StringLiterals;
using namespace fazhi;
using namespace fazhi::test;

TEST_CASE("A clerk creates a unit, then a blank report for it, and starts writing", "[gui][workflow]")
{
    Workspace ws;
    MainWindow &w = *ws.window;
    DialogRunner::setNextHook([](QDialog *d) {
        auto *dialog = static_cast<UnitDialog *>(d);
        dialog->setFullName(u"示例区司法局"_s);
        return int(QDialog::Accepted);
    });
    w.actions()->newUnit->trigger();
    const auto unit = UnitRepository(ws.db).findByName(u"示例区司法局"_s);
    REQUIRE(unit.has_value());
    CHECK(unit->kind == UnitKind::Department);

    DialogRunner::setNextHook([&](QDialog *d) {
        auto *dialog = static_cast<NewReportDialog *>(d);
        dialog->setUnit(unit->id);
        dialog->setYear(2025);
        dialog->setFromPrevious(false);
        return int(QDialog::Accepted);
    });
    w.actions()->newReport->trigger();
    REQUIRE(w.session());
    CHECK(w.session()->document().unit.id == unit->id);
    CHECK(w.session()->document().report.year == 2025);
    CHECK(w.session()->document().parts().size() == 5);
    CHECK(w.unitsDock()->currentReportId() == w.session()->reportId());

    // The first part is shown; type into it.
    w.outline()->selectSection(w.session()->document().parts().first().id);
    SectionEditor *editor = w.sectionEditor();
    typeText(editor->bodyEdit(), u"全年办理行政复议案件5件。"_s);
    CHECK(w.session()->section(editor->sectionId())->body.contains(u"行政复议案件5件"_s));
}

TEST_CASE("A report from last year's carries over open problems and lists last year's plans", "[gui][workflow]")
{
    Workspace ws;
    MainWindow &w = *ws.window;
    const qint64 unitId = UnitRepository(ws.db).all().first().id;
    DialogRunner::setNextHook([&](QDialog *d) {
        auto *dialog = static_cast<NewReportDialog *>(d);
        dialog->setUnit(unitId);
        dialog->setYear(2026);
        dialog->setFromPrevious(true);
        CHECK(dialog->fromPrevious());
        return int(QDialog::Accepted);
    });
    w.actions()->newReport->trigger();
    REQUIRE(w.session());
    CHECK(w.session()->document().report.year == 2026);
    CHECK(w.session()->references().size() == 1);
    // The open problem of 2025 comes along, linked to it; the 2025 part-4 plans are listed for part one.
    REQUIRE(w.session()->document().problems.size() == 1);
    CHECK(w.session()->document().problems.first().continuesId != 0);
    w.outline()->selectSection(w.session()->document().parts().first().id);
    auto *list = w.sectionEditor()->findChild<QListWidget *>(u"referencesList"_s);
    REQUIRE(list);
    CHECK(list->count() >= 2);
    CHECK(list->item(0)->text().contains(u"2025"_s));
}

TEST_CASE("Export from the preview writes PDF, DOCX, HTML and TXT files", "[gui][export]")
{
    Workspace ws;
    ws.openDemoReport();
    for (const QString &format : {u"pdf"_s, u"docx"_s, u"html"_s, u"txt"_s}) {
        const QString path = ws.dir.filePath(u"report."_s + format);
        FileDialog::setNextFileName(path);
        auto *action = ws.window->preview()->findChild<QAction *>(u"preview-export-"_s + format);
        REQUIRE(action);
        action->trigger();
        INFO(format.toStdString() << " " << MessageBox::history().join(u" | "_s).toStdString());
        CHECK(QFileInfo(path).size() > 100);
    }
    const QString text = readText(ws.dir.filePath(u"report.txt"_s));
    CHECK(text.contains(u"一、2025年推进法治政府建设的主要举措和成效"_s));
}

TEST_CASE("Export offers the formats the exporters write, the preview's buttons among them", "[gui][export]")
{
    Workspace ws;
    ws.openDemoReport();
    const QList<QAction *> actions = ws.window->preview()->findChildren<QAction *>();
    int buttons = 0;
    for (QAction *action : actions)
        if (action->objectName().startsWith(u"preview-export-"_s)) {
            ++buttons;
            CHECK(Exporter::formats().contains(action->objectName().mid(15)));
        }
    CHECK(buttons >= 4);
    // File › Export writes any of them, Markdown included.
    const QString path = ws.dir.filePath(u"report.md"_s);
    FileDialog::setNextFileName(path);
    ws.window->actions()->exportReport->trigger();
    INFO(MessageBox::history().join(u" | "_s).toStdString());
    CHECK(QFileInfo(path).size() > 100);
    CHECK(readText(path).contains(u"推进法治政府建设的主要举措和成效"_s));
}

TEST_CASE("The import dialog shows what was recognised and stores the report", "[gui][import]")
{
    Workspace ws;
    MainWindow &w = *ws.window;
    const QString path = ws.dir.filePath(u"imported.txt"_s);
    writeFile(path,
              u"示例县市场监督管理局2024年法治政府建设年度报告\n\n县委、县政府：\n\n"
              u"2024年，我局扎实推进法治政府建设。现将有关情况报告如下：\n\n"
              u"一、2024年推进法治政府建设的主要举措和成效\n\n（一）严格规范公正文明执法\n\n"
              u"全年办理行政处罚案件300件。\n\n"
              u"二、2024年推进法治政府建设存在的不足和原因\n\n执法人员不足。\n\n"
              u"三、2025年推进法治政府建设的主要安排\n\n加强培训。\n\n示例县市场监督管理局\n2025年1月20日\n"_s
                  .toUtf8());
    FileDialog::setNextFileName(path);
    QStringList structure;
    DialogRunner::setNextHook([&](QDialog *d) {
        auto *dialog = static_cast<ImportDialog *>(d);
        for (const Section &s : dialog->result().document.parts())
            structure << s.heading;
        return int(QDialog::Accepted);
    });
    w.actions()->importReport->trigger();
    INFO(MessageBox::history().join(u" | "_s).toStdString());
    REQUIRE(w.session());
    CHECK(structure.size() >= 3);
    CHECK(w.session()->document().report.year == 2024);
    CHECK(w.session()->document().unit.fullName.contains(u"市场监督管理局"_s));
}

TEST_CASE("A folder of reports is imported with progress, each file on its own, and the outcome listed",
          "[gui][import][batch]")
{
    Workspace ws;
    MainWindow &w = *ws.window;
    QTemporaryDir folder;
    for (const QString &name : {u"jiangjin-cgj-2025.txt"_s, u"siping-town-2025.txt"_s})
        REQUIRE(QFile::copy(fixture(name), folder.filePath(name)));
    writeFile(folder.filePath(u"broken.docx"_s), QByteArray("PK\x03\x04 not really a Word file", 30));
    writeFile(folder.filePath(u"empty.txt"_s), QByteArray());
    const int before = int(ReportRepository(ws.db).all().size());

    FileDialog::setNextFileName(folder.path());
    QList<BatchImportItem> items;
    QString summary;
    DialogRunner::setNextHook([&](QDialog *d) {
        auto *dialog = qobject_cast<BatchImportDialog *>(d);
        REQUIRE(dialog);
        items = dialog->items();
        summary = dialog->findChild<QLabel *>()->text();
        CHECK(dialog->findChild<QTableWidget *>()->rowCount() == 4);
        return int(QDialog::Accepted);
    });
    w.actions()->importFolder->trigger();
    INFO(MessageBox::history().join(u" | "_s).toStdString() << summary.toStdString());
    REQUIRE(items.size() == 4);
    int ok = 0;
    for (const BatchImportItem &item : std::as_const(items)) {
        INFO(item.file.toStdString() << ": " << item.error.toStdString());
        ok += item.ok;
        if (!item.ok)
            CHECK(item.error.contains(QRegularExpression(u"\\p{Han}"_s)));
    }
    CHECK(ok == 2);
    CHECK(summary.contains(u"2"_s));
    // The good reports are stored, the bad ones left nothing behind.
    CHECK(ReportRepository(ws.db).all().size() == before + 2);
}

TEST_CASE("Cancelling a folder import stops after the file in hand and keeps what was imported",
          "[gui][import][batch]")
{
    Workspace ws;
    QTemporaryDir folder;
    int n = 0;
    for (const QString &name : {u"jiangjin-cgj-2025.txt"_s, u"siping-town-2025.txt"_s, u"jiulongpo-cgj-2023.txt"_s})
        REQUIRE(QFile::copy(fixture(name), folder.filePath(QString::number(++n) + name)));
    const int before = int(ReportRepository(ws.db).all().size());
    BatchImportDialog dialog(ws.db.path(), folder.path(), ws.window.get());
    // Called on the worker thread after each file, before the next one starts: a cancel there is seen.
    QObject::connect(&dialog, &BatchImportDialog::fileDone, &dialog, [&dialog] { dialog.cancel(); },
                     Qt::DirectConnection);
    dialog.run();
    REQUIRE(dialog.items().size() == 1);
    CHECK(dialog.items().first().ok);
    CHECK(dialog.wasCancelled());
    CHECK(ReportRepository(ws.db).all().size() == before + 1);
    CHECK(dialog.findChild<QLabel *>()->text().contains(u"2"_s));
}

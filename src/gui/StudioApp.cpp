// SPDX-License-Identifier: GPL-3.0-or-later
#include "StudioApp.h"

#include "BodyEdit.h"
#include "Dialogs.h"
#include "FormatReaders.h"
#include "InstanceLock.h"
#include "MainWindow.h"
#include "ReportSession.h"
#include "ScreenshotTour.h"
#include "SectionEditor.h"
#include "storage/Database.h"
#include "storage/DemoData.h"
#include "storage/SettingsRepository.h"
#include "util/Failure.h"
#include "util/Logging.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QLibraryInfo>
#include <QTimer>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace fazhi {

void StudioApp::installTranslations(QApplication &app, const QString &preferred)
{
    QString language = qEnvironmentVariable("FAZHI_LANG", preferred);
    if (language.isEmpty())
        language = u"zh_CN"_s;
    if (language.startsWith(u"en"_s))
        return;
    for (const QString &name : {u"fazhi_zh_CN"_s, u"fazhi_qt_zh_CN"_s}) {
        auto *translator = new QTranslator(&app);
        if (translator->load(name, u":/i18n"_s))
            QCoreApplication::installTranslator(translator);
        else
            delete translator;
    }
    auto *qt = new QTranslator(&app);
    if (qt->load(u"qtbase_zh_CN"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
}

int StudioApp::run(QApplication &app)
{
    QElapsedTimer startup;
    startup.start();
    FormatReaders::registerAll();
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption screenshot(u"screenshot"_s, u"Save screenshots of the main window into <dir> and quit."_s,
                                        u"dir"_s);
    const QCommandLineOption timing(u"timing"_s, u"Print how long the start took and quit."_s);
    const QCommandLineOption size(u"size"_s, u"Window size for --screenshot, e.g. 1366x768 (default 1600x1000)."_s,
                                  u"WxH"_s, u"1600x1000"_s);
    parser.addOption(screenshot);
    parser.addOption(size);
    parser.addOption(timing);
    parser.process(app);

    // One writing window per database: a second one opens it read-only and says so, and never claims
    // to have recovered work (the journal's "running" mark is the first window's).
    const QString path = Database::defaultPath();
    InstanceLock lock(path);
    const bool readOnly = !lock.tryLock();
    Database db;
    try {
        db.open(path, readOnly ? Database::Access::ReadOnly : Database::Access::ReadWrite);
        if (!db.isReadOnly())
            DemoData::seedIfEmpty(db);
    } catch (const Failure &f) {
        installTranslations(app, {});
        MessageBox::critical(nullptr, QObject::tr("Cannot open the database"), f.message());
        return 1;
    }
    installTranslations(app, SettingsRepository(db).value(u"ui.language"_s));

    MainWindow window(db);
    if (!readOnly && db.isReadOnly()) {
        // A file or folder this account cannot write: read, never write.
        window.setReadOnly(true);
        std::fprintf(stderr, "%s\n", qUtf8Printable(QObject::tr("The database file is read-only; this window is read-only.")));
        std::fflush(stderr);
    }
    if (readOnly) {
        window.setReadOnly(true);
        const QString notice = QObject::tr("This database is open in another window; this window is read-only.");
        qWarning("database %s is open in another window (lock %s): read-only", qUtf8Printable(path),
                 qUtf8Printable(lock.lockFilePath()));
        std::fprintf(stderr, "%s\n", qUtf8Printable(notice));
        std::fflush(stderr);
    }
    if (parser.isSet(screenshot)) {
        MessageBox::setNonInteractive(true);
        const QStringList wh = parser.value(size).split(u'x');
        window.resize(wh.value(0).toInt() > 0 ? wh.value(0).toInt() : 1600, wh.value(1).toInt() > 0 ? wh.value(1).toInt() : 1000);
        window.show();
        return ScreenshotTour::run(window, parser.value(screenshot));
    }
    window.show();
    if (parser.isSet(timing)) {
        QTimer::singleShot(0, &app, [&] {
            std::printf("window ready in %lld ms\n", static_cast<long long>(startup.elapsed()));
            std::fflush(stdout);
            app.quit();
        });
        return app.exec();
    }
    QTimer::singleShot(0, &window, [&window, &db] {
        window.recoverSession();
        // For the crash-safety test: open a report and type into it, as a clerk would.
        const qint64 open = qEnvironmentVariableIntValue("FAZHI_TEST_OPEN");
        const QString typed = qEnvironmentVariable("FAZHI_TEST_TYPE");
        if (open > 0 && window.openReport(open) && !typed.isEmpty()) {
            window.sectionEditor()->bodyEdit()->moveCursor(QTextCursor::End);
            window.sectionEditor()->bodyEdit()->insertPlainText(typed);
            std::printf("typed into section %lld\n", static_cast<long long>(window.sectionEditor()->sectionId()));
            std::fflush(stdout);
        }
        Q_UNUSED(db);
    });
    return app.exec();
}

} // namespace fazhi

// SPDX-License-Identifier: GPL-3.0-or-later
#include "StudioApp.h"

#include "ConnectionDialog.h"
#include "Dialogs.h"
#include "FormatReaders.h"
#include "InstanceLock.h"
#include "MainWindow.h"
#include "ReportSession.h"
#include "ReviewController.h"
#include "ScreenshotTour.h"
#include "SessionJournal.h"
#include "storage/Database.h"
#include "storage/DemoData.h"
#include "storage/ReportRepository.h"
#include "storage/ServerConnection.h"
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

int StudioApp::run(QApplication &app, const std::function<void(MainWindow &)> &started)
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
    const QCommandLineOption report(u"report"_s, u"Open the report with this id at start."_s, u"id"_s);
    parser.addOption(report);
    parser.addOption(screenshot);
    parser.addOption(size);
    parser.addOption(timing);
    parser.process(app);

    // One writing window per database: a second one opens it read-only and says so, and never claims
    // to have recovered work (the journal's "running" mark is the first window's).
    // FAZHI_DB names the database; else the server chosen in the connection dialog; else the file here.
    QString path = Database::defaultPath();
    if (qEnvironmentVariableIsEmpty("FAZHI_DB") && !ConnectionDialog::rememberedLocation().isEmpty())
        path = ConnectionDialog::rememberedLocation();
    InstanceLock lock(path);
    const bool readOnly = !lock.tryLock();
    Database db;
    for (;;) {
        try {
            db.open(path, readOnly ? Database::Access::ReadOnly : Database::Access::ReadWrite);
            if (!db.isReadOnly())
                DemoData::seedIfEmpty(db);
            break;
        } catch (const Failure &f) {
            installTranslations(app, {});
            MessageBox::critical(nullptr, QObject::tr("Cannot open the database"), f.message());
            // A server that refused the login or cannot be reached: the address (and a password) asked again.
            if (!path.startsWith(u"postgresql:"_s) || !qEnvironmentVariableIsEmpty("FAZHI_DB"))
                return 1;
            ConnectionDialog dialog;
            if (DialogRunner::exec(&dialog) != QDialog::Accepted)
                return 1;
            path = dialog.useServer() ? dialog.address() : Database::defaultPath();
            if (dialog.useServer())
                path = server::parse(path).display;
        }
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
    bool idOk = true;
    const qint64 requested = parser.isSet(report) ? parser.value(report).toLongLong(&idOk) : 0;
    if (!idOk || requested < 0) {
        MessageBox::critical(nullptr, QObject::tr("Open report"),
                             QObject::tr("\"%1\" is not a report number.").arg(parser.value(report)));
        return 2;
    }
    QTimer::singleShot(0, &window, [&window, requested, started] {
        // Who is working: FAZHI_USER, else the one remembered, else asked (not when a test drives the start).
        window.review()->chooseAtStart(!started);
        openAtStart(window, requested);
        if (started)
            started(window);
    });
    return app.exec();
}

bool StudioApp::openAtStart(MainWindow &window, qint64 requested)
{
    window.recoverSession();
    if (requested > 0) {
        if (!ReportRepository(window.database()).find(requested)) {
            MessageBox::warning(&window, QObject::tr("Open report"),
                                QObject::tr("There is no report number %1 in this database.").arg(requested));
            return false;
        }
        return (window.session() && window.session()->reportId() == requested) || window.openReport(requested);
    }
    if (window.session())
        return true;
    const qint64 last = SessionJournal(window.database()).lastReport();
    if (last > 0 && ReportRepository(window.database()).find(last))
        window.openReport(last);
    return true;
}

} // namespace fazhi

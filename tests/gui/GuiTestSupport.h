// SPDX-License-Identifier: GPL-3.0-or-later
// What the GUI tests share: a fresh database with the demo reports, a window on it, and waiting for the
// debounced and background work to finish.
#pragma once

#include "Dialogs.h"
#include "MainWindow.h"
#include "ReportSession.h"
#include "storage/Database.h"
#include "storage/DemoData.h"
#include "storage/ReportRepository.h"

#include "EventLoop.h"
#include "TestSupport.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QInputMethodEvent>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>

#include <catch2/catch.hpp>

#include <algorithm>
#include <memory>

namespace fazhi::test {

/// A database with the demo reports; the newest report's id.
inline qint64 seedDemo(const QString &dbPath)
{
    Database db;
    db.open(dbPath);
    DemoData::seedIfEmpty(db);
    QList<Report> reports = ReportRepository(db).all();
    std::sort(reports.begin(), reports.end(), [](const Report &a, const Report &b) { return a.year < b.year; });
    return reports.last().id;
}

/// The environment that runs fazhi-studio (or, with `reportId`, the test driver: studioDriverPath()) offscreen
/// on `dbPath`; the driver opens `reportId` and types `typed` at the end of its first section (it prints
/// "typed into section ID").
inline QProcessEnvironment studioEnvironment(const QString &dbPath, const QString &dataDir, qint64 reportId,
                                             const QString &typed)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("FAZHI_DB"), dbPath);
    env.insert(QStringLiteral("FAZHI_DATA_DIR"), dataDir);
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("FAZHI_TEST_OPEN"), QString::number(reportId));
    if (!typed.isEmpty())
        env.insert(QStringLiteral("FAZHI_TEST_TYPE"), typed);
    return env;
}

/// Waits until the studio started with studioEnvironment() has typed; returns the section it typed into.
inline qint64 waitUntilTyped(QProcess &studio, int timeoutMs = 30000)
{
    REQUIRE(studio.waitForStarted(10000));
    QByteArray out;
    QElapsedTimer t;
    t.start();
    while (!out.contains("typed into section") && t.elapsed() < timeoutMs) {
        studio.waitForReadyRead(200);
        out += studio.readAllStandardOutput();
    }
    REQUIRE(out.contains("typed into section"));
    return QString::fromUtf8(out.mid(out.indexOf("typed into section") + 19)).trimmed().toLongLong();
}

/// The built fazhi-studio, as shipped (fazhi_gui_tests depends on it, so it is always there).
inline QString studioPath()
{
    const QString path = QStringLiteral(FAZHI_STUDIO_PATH);
    REQUIRE(QFileInfo::exists(path));
    return path;
}

/// fazhi-studio's start-up with the clerk's actions of studioEnvironment() (tests/driver/StudioDriver.cpp).
inline QString studioDriverPath()
{
    const QString path = QStringLiteral(FAZHI_STUDIO_DRIVER_PATH);
    REQUIRE(QFileInfo::exists(path));
    return path;
}

/// Types `text` the way a Chinese input method delivers it: each character committed by an input-method
/// event (QTest::keyClicks only knows ASCII keys).
inline void typeText(QWidget *widget, const QString &text)
{
    widget->setFocus();
    for (const QChar c : text) {
        if (c.unicode() < 0x80 && c.isPrint()) {
            QTest::keyClick(widget, c.toLatin1());
            continue;
        }
        QInputMethodEvent preedit(QString(c), {});
        QApplication::sendEvent(widget, &preedit);
        QInputMethodEvent commit;
        commit.setCommitString(QString(c));
        QApplication::sendEvent(widget, &commit);
    }
}

struct Workspace
{
    QTemporaryDir dir;
    Database db;
    std::unique_ptr<MainWindow> window;

    Workspace()
    {
        MessageBox::setNonInteractive(true);
        MessageBox::clearHistory();
        db.open(dir.filePath(QStringLiteral("test.sqlite")));
        DemoData::seedIfEmpty(db);
        window = std::make_unique<MainWindow>(db);
        window->resize(1400, 900);
        window->show();
        QApplication::setActiveWindow(window.get());
        (void)QTest::qWaitForWindowActive(window.get(), 2000);
    }
    ~Workspace()
    {
        window.reset();
        QThreadPool::globalInstance()->waitForDone();
    }

    /// The demo unit's newest report (2025), opened.
    qint64 openDemoReport()
    {
        QList<Report> reports = ReportRepository(db).all();
        std::sort(reports.begin(), reports.end(), [](const Report &a, const Report &b) { return a.year < b.year; });
        const qint64 id = reports.last().id;
        REQUIRE(window->openReport(id));
        return id;
    }
    ReportSession &session() { return *window->session(); }
};

} // namespace fazhi::test

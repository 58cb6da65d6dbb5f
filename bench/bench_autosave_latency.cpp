// SPDX-License-Identifier: GPL-3.0-or-later
// Autosave over a slow network: a clerk types into a report whose database is a PostgreSQL server reached
// through a TCP proxy in this process that holds every chunk for half the round trip in each direction.
// For each keystroke it measures how long until a second connection (straight to the server) finds it
// stored, and prints the percentiles, once without delay and once per round trip asked for; the first
// keystroke's own figure (typed as the report opens, while the writer is still connecting), the writer's time
// a save (a save's round trips: that time over the round trip) and how often the session read the report
// again (nobody else writes here: it should not).
//   bench_autosave_latency [keystrokes] [ms between keystrokes] [round trip ms ...]   (default 150 120 50)
// A server of its own (tests/pg/pg-server.sh) or FAZHI_BENCH_PG_STATE (the state folder of a running one).
#include "EditCommands.h"
#include "ReportSession.h"
#include "storage/Database.h"
#include "storage/DemoData.h"
#include "storage/ReportRepository.h"
#include "storage/SectionRepository.h"
#include "util/Failure.h"

#include "BenchServer.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QPointer>
#include <QProcess>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>
#include <QUndoStack>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <mutex>
#include <thread>
#include <vector>

using namespace fazhi;
using fazhi::bench::percentile;
using namespace Qt::StringLiterals;

namespace {

/// Forwards TCP connections to the server, holding each chunk `oneWayMs` in each direction (order kept:
/// every chunk waits the same time, and precise single-shot timers of equal interval fire in order).
class DelayProxy : public QObject
{
public:
    DelayProxy(quint16 upstream, int oneWayMs) : m_server(this), m_upstream(upstream), m_delay(oneWayMs)
    {
        connect(&m_server, &QTcpServer::newConnection, this, &DelayProxy::accept);
    }
    quint16 listen()
    {
        m_server.listen(QHostAddress::LocalHost, 0);
        return m_server.serverPort();
    }

private:
    void forward(QTcpSocket *from, QTcpSocket *to)
    {
        connect(from, &QTcpSocket::readyRead, this, [this, from, to = QPointer<QTcpSocket>(to)] {
            const QByteArray bytes = from->readAll();
            QTimer::singleShot(m_delay, Qt::PreciseTimer, this, [to, bytes] {
                if (to)
                    to->write(bytes);
            });
        });
        connect(from, &QTcpSocket::disconnected, this, [this, to = QPointer<QTcpSocket>(to)] {
            QTimer::singleShot(m_delay, Qt::PreciseTimer, this, [to] {
                if (to)
                    to->disconnectFromHost();
            });
        });
    }
    void accept()
    {
        while (QTcpSocket *client = m_server.nextPendingConnection()) {
            auto *server = new QTcpSocket(this);
            client->setParent(this);
            client->setSocketOption(QAbstractSocket::LowDelayOption, 1);
            server->setSocketOption(QAbstractSocket::LowDelayOption, 1);
            forward(client, server);
            forward(server, client);
            server->connectToHost(QHostAddress::LocalHost, m_upstream);
        }
    }

    QTcpServer m_server;
    quint16 m_upstream = 0;
    int m_delay = 0;
};

struct Figures
{
    std::vector<double> latencies;
    std::vector<double> writes;   ///< each autosave's time on the writer thread
    std::vector<double> stalls;   ///< each keystroke's time on the GUI thread until the next can be typed
    int lost = 0;
    double first = -1; ///< the first keystroke's latency (right after the report was opened)
    int rereads = 0;  ///< times the session read the report again (outside changes: none but its own here)
};

/// One run: a session through a proxy adding `roundTripMs`, `keystrokes` characters typed `gapMs` apart.
Figures run(const QString &socketFolder, quint16 port, int roundTripMs, int keystrokes, int gapMs, const QString &database)
{
    QThread proxyThread;
    auto *proxy = new DelayProxy(port, roundTripMs / 2);
    proxy->moveToThread(&proxyThread);
    proxyThread.start();
    quint16 proxyPort = 0;
    QMetaObject::invokeMethod(proxy, [&] { proxyPort = proxy->listen(); }, Qt::BlockingQueuedConnection);

    Figures figures;
    {
        Database db;
        db.open(u"postgresql://bench@127.0.0.1:%1/%2"_s.arg(proxyPort).arg(database));
        QList<Report> reports = ReportRepository(db).all();
        const qint64 reportId = reports.first().id;
        ReportSession session(db, reportId);
        // Each save once: when the time of the last save moves.
        QDateTime lastSaved = session.lastSaved();
        QObject::connect(&session, &ReportSession::saveStateChanged, &session, [&] {
            if (session.lastSaved() != lastSaved) {
                lastSaved = session.lastSaved();
                figures.writes.push_back(double(session.lastSaveMs()));
            }
        });
        const Section section = session.document().sections.at(1);
        const qsizetype start = section.body.size();

        // Typed times, and a probe straight to the server (no proxy) noting when each character is stored.
        std::vector<qint64> typedAt(size_t(keystrokes), -1), storedAt(size_t(keystrokes), -1);
        std::mutex lock;
        QElapsedTimer clock;
        clock.start();
        std::atomic<bool> stop{false};
        std::thread probe([&] {
            Database direct;
            direct.open(u"postgresql://postgres@localhost:%1/%2?host=%3"_s.arg(port).arg(database, socketFolder));
            SectionRepository repo(direct);
            while (!stop) {
                const qsizetype n = repo.find(section.id)->body.size() - start;
                const qint64 now = clock.elapsed();
                {
                    std::lock_guard guard(lock);
                    for (qsizetype i = 0; i < std::min<qsizetype>(n, keystrokes); ++i)
                        if (storedAt[size_t(i)] < 0)
                            storedAt[size_t(i)] = now;
                }
                QThread::msleep(5);
            }
        });
        for (int i = 0; i < keystrokes; ++i) {
            const QString before = session.section(section.id)->body;
            {
                std::lock_guard guard(lock);
                typedAt[size_t(i)] = clock.elapsed();
            }
            session.undoStack()->push(new EditBodyCommand(&session, section.id, before, before + QChar(0x4e00 + i % 500)));
            QElapsedTimer gap;
            gap.start();
            while (gap.elapsed() < gapMs) {
                QElapsedTimer busy;
                busy.start();
                QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
                figures.stalls.push_back(double(busy.elapsed()));
            }
        }
        // Let the last autosave land (at most a few seconds), then stop probing.
        QElapsedTimer tail;
        tail.start();
        while (tail.elapsed() < 5000) {
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
            std::lock_guard guard(lock);
            if (storedAt.back() >= 0)
                break;
        }
        stop = true;
        probe.join();
        figures.rereads = session.outsideReads();
        for (int i = 0; i < keystrokes; ++i) {
            if (storedAt[size_t(i)] < 0)
                ++figures.lost;
            else
                figures.latencies.push_back(double(storedAt[size_t(i)] - typedAt[size_t(i)]));
        }
        if (storedAt.front() >= 0)
            figures.first = double(storedAt.front() - typedAt.front());
    }
    QMetaObject::invokeMethod(proxy, [proxy] { delete proxy; }, Qt::BlockingQueuedConnection);
    proxyThread.quit();
    proxyThread.wait();
    return figures;
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const int keystrokes = argc > 1 ? std::atoi(argv[1]) : 150;
    const int gapMs = argc > 2 ? std::atoi(argv[2]) : 120;
    std::vector<int> roundTrips{0};
    for (int i = 3; i < argc; ++i)
        roundTrips.push_back(std::atoi(argv[i]));
    if (roundTrips.size() == 1)
        roundTrips.push_back(50);

    QTemporaryDir dir;
    const QString running = qEnvironmentVariable("FAZHI_BENCH_PG_STATE");
    bench::PgServer server;
    if (!server.open(running.isEmpty() ? dir.filePath(u"server"_s) : running, running.isEmpty())) {
        std::fprintf(stderr, "cannot start a PostgreSQL server\n");
        return 2;
    }
    const QString folder = server.folder();
    const quint16 port = quint16(server.port().toUInt());
    const QString database = u"latency_%1"_s.arg(QCoreApplication::applicationPid());
    const QString password = u"bench-latency-%1"_s.arg(QCoreApplication::applicationPid());
    // A login over TCP (through the proxy) needs a password: libpq takes it from PGPASSWORD.
    server.psql(u"DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'bench') THEN "
                u"CREATE ROLE bench LOGIN SUPERUSER; END IF; END $$; ALTER ROLE bench PASSWORD '%1'"_s.arg(password));
    server.psql(u"CREATE DATABASE %1 OWNER bench"_s.arg(database));
    qputenv("PGPASSWORD", password.toUtf8());
    qputenv("FAZHI_DATA_DIR", QFile::encodeName(dir.filePath(u"data"_s)));

    int exitCode = 0;
    try {
        {
            Database db;
            db.open(u"postgresql://postgres@localhost:%1/%2?host=%3"_s.arg(port).arg(database, folder));
            DemoData::seedIfEmpty(db);
        }
        std::printf("autosave latency, keystroke typed -> found stored by another connection; %d keystrokes %d ms apart\n",
                    keystrokes, gapMs);
        std::printf("(debounce on a server %d ms, at most %d ms behind continuous typing)\n",
                    ReportSession::kServerAutosaveDelayMs, ReportSession::kServerAutosaveMaxDelayMs);
        for (const int rtt : roundTrips) {
            const Figures f = run(folder, port, rtt, keystrokes, gapMs, database);
            std::printf("round trip +%3d ms: p50 %6.0f ms  p90 %6.0f ms  p99 %6.0f ms  max %6.0f ms  lost %d\n", rtt,
                        percentile(f.latencies, 0.5), percentile(f.latencies, 0.9), percentile(f.latencies, 0.99),
                        percentile(f.latencies, 1.0), f.lost);
            std::printf("                   first keystroke (typed as the report opens) %6.0f ms\n", f.first);
            std::printf("                   writer: p50 %6.0f ms  p99 %6.0f ms a save (%zu saves);  GUI thread: longest "
                        "event %4.0f ms;  report read again %d times\n",
                        percentile(f.writes, 0.5), percentile(f.writes, 0.99), f.writes.size(), percentile(f.stalls, 1.0),
                        f.rereads);
            if (f.lost > 0)
                exitCode = 1;
        }
    } catch (const Failure &f) {
        std::fprintf(stderr, "%s (%s)\n", qPrintable(f.message()), qPrintable(f.detail()));
        exitCode = 2;
    }
    QProcess::execute(u"psql"_s, {u"-h"_s, folder, u"-p"_s, QString::number(port), u"-U"_s, u"postgres"_s, u"-qc"_s,
                                  u"DROP DATABASE IF EXISTS %1 WITH (FORCE)"_s.arg(database)});
    return exitCode;
}

// SPDX-License-Identifier: GPL-3.0-or-later
// What the benches on a PostgreSQL server share: a server of their own (tests/pg/pg-server.sh, the one the
// tests use) and the percentile of a list of timings.
#pragma once

#include <QFile>
#include <QProcess>
#include <QString>

#include <algorithm>
#include <vector>

namespace fazhi::bench {

/// The `p` quantile (0–1) of `v`, the nearest value.
inline double percentile(std::vector<double> v, double p)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    return v.at(std::min(v.size() - 1, size_t(p * double(v.size() - 1) + 0.5)));
}

/// A server started by tests/pg/pg-server.sh in `state` (a folder of the caller's), stopped when this ends;
/// or, for `state` of a server already running, only read.
class PgServer
{
public:
    /// Starts a server in `state` when `start`; false when it could not.
    bool open(const QString &state, bool start)
    {
        m_state = state;
        m_started = start && QProcess::execute(QStringLiteral("bash"), {script(), QStringLiteral("start"), state}) == 0;
        return !start || m_started;
    }
    ~PgServer()
    {
        if (m_started)
            QProcess::execute(QStringLiteral("bash"), {script(), QStringLiteral("stop"), m_state});
    }
    QString folder() const { return read(QStringLiteral("/folder")); } ///< the socket's folder
    QString port() const { return read(QStringLiteral("/port")); }
    /// Runs `sql` as the server's superuser through psql.
    void psql(const QString &sql) const
    {
        QProcess::execute(QStringLiteral("psql"), {QStringLiteral("-h"), folder(), QStringLiteral("-p"), port(),
                                                   QStringLiteral("-U"), QStringLiteral("postgres"),
                                                   QStringLiteral("-qc"), sql});
    }

private:
    static QString script() { return QStringLiteral(FAZHI_SOURCE_DIR "/tests/pg/pg-server.sh"); }
    QString read(const QString &name) const
    {
        QFile f(m_state + name);
        return f.open(QIODevice::ReadOnly) ? QString::fromLocal8Bit(f.readAll()).trimmed() : QString();
    }
    QString m_state;
    bool m_started = false;
};

} // namespace fazhi::bench

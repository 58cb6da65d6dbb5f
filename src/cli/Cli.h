// SPDX-License-Identifier: GPL-3.0-or-later
// The CLI's shared pieces: the context a command runs in, and the registry commands add themselves to.
#pragma once

#include "model/ReportDocument.h"
#include "model/Review.h"
#include "storage/Database.h"

#include <QHash>
#include <QJsonValue>
#include <QSet>
#include <QStringList>
#include <QTextStream>

#include <cstdio>

#include <functional>
#include <memory>

namespace fazhi::cli {

/// Exit statuses: 0 success, 1 the operation failed, 2 bad usage or unreadable input.
enum Exit { Ok = 0, Failed = 1, Usage = 2 };

class Context
{
public:
    Context(QStringList args, QString dbPath, bool json);

    const QStringList &args() const { return m_args; } ///< arguments after the command words
    bool json() const { return m_json; }
    QString dbPath() const { return m_dbPath; }
    /// The database, opened (and migrated) on first use. Throws Failure.
    Database &db();

    /// Text for standard output and standard error. It reaches the terminal only through flush(), cleaned
    /// of control characters and escape sequences (input::clean), whatever stored data it shows.
    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }
    /// Writes what out() and err() hold so far to standard output and standard error, cleaned.
    void flush();
    /// Prints a JSON value on stdout, indented.
    void printJson(const QJsonValue &value);
    /// Prints a JSON array on stdout one element at a time, each compact on a line of its own: a long
    /// answer (the overview of ten thousand units) is never built whole, and each line is one row.
    class JsonRows
    {
    public:
        explicit JsonRows(Context &context);
        ~JsonRows();
        JsonRows(const JsonRows &) = delete;
        JsonRows &operator=(const JsonRows &) = delete;
        void add(const QJsonObject &row);

    private:
        QByteArray m_pending;
        bool m_first = true;
    };

private:
    QStringList m_args;
    QString m_dbPath;
    bool m_json;
    std::unique_ptr<Database> m_db;
    QString m_outText;
    QString m_errText;
    QTextStream m_out;
    QTextStream m_err;
};

/// Writes `text` to `stream` (stdout or stderr) as UTF-8, cleaned of control characters.
void printClean(FILE *stream, const QString &text);

using CommandFunction = std::function<int(Context &)>;

struct Command
{
    QString name;     ///< "report new"
    QString usage;    ///< "--unit ID --year Y [--from-previous]"
    QString summary;  ///< Chinese, one line
    CommandFunction run;
};

/// Commands add themselves with a static Registration in their own file.
class Registry
{
public:
    static QList<Command> &commands();
    struct Registration
    {
        Registration(const QString &name, const QString &usage, const QString &summary, CommandFunction run)
        {
            commands().append({name, usage, summary, std::move(run)});
        }
    };
};

/// Parses `--name value` and `--flag` options of a command. Unknown options are a usage error.
class Options
{
public:
    /// `valued` take a value; `flags` do not. Throws Failure(Input) for unknown or incomplete options.
    Options(const QStringList &args, const QStringList &valued, const QStringList &flags);

    bool has(const QString &name) const { return m_values.contains(name) || m_flags.contains(name); }
    /// The option's text, cleaned of control characters (input::clean): what may be stored or printed.
    QString value(const QString &name, const QString &fallback = {}) const { return m_values.value(name, fallback); }
    /// The option as typed, for a file path: a name may legally hold any character but '/' and NUL.
    QString raw(const QString &name, const QString &fallback = {}) const { return m_raw.value(name, fallback); }
    /// A required integer option; throws a usage Failure naming the option when absent or not a number.
    qint64 requiredInt(const QString &name) const;
    QString required(const QString &name) const;
    const QStringList &positional() const { return m_positional; }

private:
    QHash<QString, QString> m_values;
    QHash<QString, QString> m_raw;
    QSet<QString> m_flags;
    QStringList m_positional;
};

/// The unit an option names (`--unit` by default): its id, its full or short name, or a part of one name
/// that no other unit's name contains. Throws Failure(Input) naming the candidates when the name is
/// ambiguous, or saying how to list units when it names none.
qint64 unitOption(Context &ctx, const Options &o, const QString &name = QStringLiteral("unit"));
/// The unit `text` names, by the rules of unitOption.
qint64 unitNamed(Context &ctx, const QString &text);

/// The lines `report show` and `import` both print: addressee, signatories, dates and the outline of parts
/// and subsections. `missing` stands in for a field that is empty.
void printReportOverview(QTextStream &out, const ReportDocument &doc, const QString &missing);

/// Who the audit trail names for this run: --as / FAZHI_USER, else the system account ("命令行：user").
QString actingName();

/// The person --as / FAZHI_USER names, with their roles. Throws Failure(Input) when none is named or known.
Person actingPerson(Context &ctx);
/// When --as / FAZHI_USER names a person who has a password, asks for it once per run: FAZHI_PASSWORD, else
/// typed on the terminal (not echoed), else a line of standard input. A wrong one throws
/// Failure(Operation) "密码不正确". Context::db() calls it when it opens the database.
void checkActingPassword(Database &db);
/// A secret read as one line: typed on the terminal without echo after `prompt`, or from standard input.
QString readSecret(const QString &prompt);

int run(int argc, char **argv);

} // namespace fazhi::cli

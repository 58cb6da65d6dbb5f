// SPDX-License-Identifier: GPL-3.0-or-later
#include "Cli.h"

#include "storage/UnitRepository.h"
#include "text/InputText.h"
#include "util/Failure.h"
#include "util/Logging.h"

#include "FormatReaders.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <spdlog/spdlog.h>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <optional>

using namespace Qt::StringLiterals;

namespace fazhi::cli {

void printClean(FILE *stream, const QString &text)
{
    if (text.isEmpty())
        return;
    const QByteArray bytes = input::clean(text).toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    std::fflush(stream);
}

Context::Context(QStringList args, QString dbPath, bool json)
    : m_args(std::move(args)), m_dbPath(std::move(dbPath)), m_json(json), m_out(&m_outText), m_err(&m_errText)
{
}

Database &Context::db()
{
    if (!m_db) {
        auto db = std::make_unique<Database>();
        try {
            db->open(m_dbPath);
        } catch (const Failure &f) {
            // A database that cannot be opened is bad input to the command, whatever the reason: exit 2.
            throw Failure(f.message(), Failure::Kind::Input, f.detail());
        }
        m_db = std::move(db);
        checkActingPassword(*m_db);
    }
    return *m_db;
}

void Context::flush()
{
    m_out.flush();
    m_err.flush();
    printClean(stdout, m_outText);
    printClean(stderr, m_errText);
    m_outText.clear();
    m_errText.clear();
}

void Context::printJson(const QJsonValue &value)
{
    const QJsonDocument doc = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    m_out << QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
    flush();
}

namespace {

/// printClean for text already in UTF-8: decoded only when it holds something to clean.
void printCleanUtf8(FILE *stream, QByteArrayView utf8)
{
    if (input::hasControlCharacters(utf8))
        return printClean(stream, QString::fromUtf8(utf8));
    std::fwrite(utf8.data(), 1, size_t(utf8.size()), stream);
}

} // namespace

Context::JsonRows::JsonRows(Context &context)
{
    context.flush();
    m_pending = "[";
}

Context::JsonRows::~JsonRows()
{
    m_pending += m_first ? "]\n" : "\n]\n";
    printCleanUtf8(stdout, m_pending);
    std::fflush(stdout);
}

void Context::JsonRows::add(const QJsonObject &row)
{
    m_pending += m_first ? "\n" : ",\n";
    m_first = false;
    m_pending += QJsonDocument(row).toJson(QJsonDocument::Compact);
    // Written out in blocks of about 64 KB: one write a block, not one a row.
    if (m_pending.size() > 65536) {
        printCleanUtf8(stdout, m_pending);
        m_pending.clear();
    }
}

QList<Command> &Registry::commands()
{
    static QList<Command> all;
    return all;
}

Options::Options(const QStringList &args, const QStringList &valued, const QStringList &flags)
{
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        if (!arg.startsWith(u"--"_s) || arg == u"--"_s) {
            m_positional.append(arg);
            continue;
        }
        QString name = arg.mid(2);
        QString inlineValue;
        const qsizetype eq = name.indexOf(u'=');
        if (eq >= 0) {
            inlineValue = name.mid(eq + 1);
            name.truncate(eq);
        }
        if (flags.contains(name)) {
            m_flags.insert(name);
        } else if (valued.contains(name)) {
            if (eq < 0 && i + 1 >= args.size())
                throw Failure(u"选项 --%1 缺少取值。"_s.arg(name), Failure::Kind::Input);
            const QString given = eq >= 0 ? inlineValue : args.at(++i);
            m_raw.insert(name, given);
            m_values.insert(name, input::clean(given));
        } else {
            throw Failure(u"未知选项 --%1。运行 fazhi 命令 --help 查看该命令的选项。"_s.arg(name), Failure::Kind::Input);
        }
    }
}

QString Options::required(const QString &name) const
{
    if (!m_values.contains(name) || m_values.value(name).trimmed().isEmpty())
        throw Failure(u"缺少必需的选项 --%1。"_s.arg(name), Failure::Kind::Input);
    return m_values.value(name);
}

qint64 Options::requiredInt(const QString &name) const
{
    bool ok = false;
    const qint64 v = required(name).toLongLong(&ok);
    if (!ok)
        throw Failure(u"选项 --%1 需要一个整数，而不是“%2”。"_s.arg(name, value(name)), Failure::Kind::Input);
    return v;
}

qint64 unitOption(Context &ctx, const Options &o, const QString &name)
{
    return unitNamed(ctx, o.required(name));
}

qint64 unitNamed(Context &ctx, const QString &text)
{
    const QString given = text.trimmed();
    bool numeric = false;
    const qint64 id = given.toLongLong(&numeric);
    if (numeric)
        return id;
    const UnitRepository units(ctx.db());
    if (const auto exact = units.findByName(given))
        return exact->id;
    QList<Unit> matches;
    for (const Unit &unit : units.all())
        if (unit.fullName.contains(given) || (!unit.shortName.isEmpty() && unit.shortName.contains(given)))
            matches.append(unit);
    if (matches.size() == 1)
        return matches.first().id;
    if (matches.isEmpty())
        throw Failure(u"没有名为“%1”的单位。可用 fazhi unit list 查看单位的编号和名称。"_s.arg(given),
                      Failure::Kind::Input);
    QStringList names;
    for (const Unit &unit : std::as_const(matches).first(std::min<qsizetype>(matches.size(), 5)))
        names.append(u"%1 %2"_s.arg(unit.id).arg(unit.fullName));
    throw Failure(u"“%1”可以指 %2 个单位（%3%4），请写出全称或编号。"_s.arg(given)
                      .arg(matches.size())
                      .arg(names.join(u"；"_s), matches.size() > 5 ? u"……"_s : QString()),
                  Failure::Kind::Input);
}

QString actingName()
{
    const QString person = qEnvironmentVariable("FAZHI_USER").trimmed();
    if (!person.isEmpty())
        return person;
    const QString account = qEnvironmentVariable("USER", qEnvironmentVariable("LOGNAME"));
    return u"命令行：%1"_s.arg(account.isEmpty() ? u"未知用户"_s : account);
}

void printReportOverview(QTextStream &out, const ReportDocument &doc, const QString &missing)
{
    const Report &r = doc.report;
    out << u"主送：%1\n"_s.arg(r.addressee.isEmpty() ? missing : r.addressee)
        << u"署名：%1\n"_s.arg(r.signatories.isEmpty() ? missing : r.signatories.join(u"　"_s))
        << u"成文日期：%1\n"_s.arg(r.writtenDate.isValid() ? r.writtenDate.toString(u"yyyy年M月d日"_s) : missing);
    if (r.publishedDate.isValid())
        out << u"公开日期：%1\n"_s.arg(r.publishedDate.toString(u"yyyy年M月d日"_s));
    out << u"\n结构：\n"_s;
    for (const Section &part : doc.parts()) {
        out << u"  "_s << (part.part > 0 ? u"[第%1部分] "_s.arg(part.part) : u"[附加部分] "_s) << part.heading << u'\n';
        for (const Section &sub : doc.subsections(part.id))
            out << u"      "_s << sub.heading << u'\n';
    }
}

namespace {

void printHelp(QTextStream &out)
{
    out << u"法治报告工作台命令行 fazhi\n\n用法：fazhi [--db 路径] [--as 姓名] [-v] [--json] 命令 [选项]\n\n命令：\n"_s;
    for (const Command &c : Registry::commands())
        out << u"  "_s << QString(c.name + u' ' + c.usage).leftJustified(54) << u"  "_s << c.summary << u'\n';
    out << u"\n数据库默认位于用户数据目录，可用 --db 或环境变量 FAZHI_DB 指定。\n"_s
        << u"“单位”可写单位编号，也可写单位的全称、简称或其中能唯一认出单位的一段，如 --unit 城市管理局。\n"_s
        << u"每个命令都可加 --help 查看其用法，例如：fazhi render --help。\n"_s
        << u"退出码：0 成功；1 操作失败（如磁盘空间不足）；2 用法错误、输入无法读取或数据库无法打开。\n"_s;
}

void printCommandHelp(QTextStream &out, const Command &c)
{
    out << u"用法：fazhi [--db 路径] [-v] [--json] "_s << c.name;
    if (!c.usage.isEmpty())
        out << u' ' << c.usage;
    out << u"\n\n"_s << c.summary << u"\n\n退出码：0 成功；1 操作失败；2 用法错误、输入无法读取或数据库无法打开。\n"_s;
}

bool asksForHelp(const QStringList &args)
{
    return args.contains(u"--help"_s) || args.contains(u"-h"_s);
}

/// The command named by the longest run of leading words of `words`: "report new" before "report".
const Command *findCommand(const QStringList &words, int *matched)
{
    const Command *chosen = nullptr;
    int best = 0;
    for (const Command &c : Registry::commands()) {
        const QStringList cw = c.name.split(u' ');
        if (cw.size() > words.size() || cw.size() <= best)
            continue;
        if (words.mid(0, cw.size()) == cw) {
            chosen = &c;
            best = int(cw.size());
        }
    }
    *matched = best;
    return chosen;
}

/// Checks a --db value that was given: empty and in-memory databases are usage errors (the database layer
/// refuses URLs itself). Returns the Chinese message, or an empty string when the value may be opened.
QString badDatabasePath(const QString &path)
{
    if (path.trimmed().isEmpty())
        return u"选项 --db 的取值为空。请给出数据库文件的路径，或不写 --db 以使用默认数据库。"_s;
    if (path.trimmed() == u":memory:"_s)
        return u"不能使用内存数据库“:memory:”：写入的内容在命令结束时就会丢失。请给出数据库文件的路径。"_s;
    return {};
}

/// Qt's messages from before logging is set up (a headless QGuiApplication's start): kept for the log,
/// never printed in English among the Chinese messages.
QStringList &earlyQtMessages()
{
    static QStringList messages;
    return messages;
}

void keepEarlyQtMessage(QtMsgType, const QMessageLogContext &, const QString &message)
{
    earlyQtMessages().append(message);
}

} // namespace

int run(int argc, char **argv)
{
    qInstallMessageHandler(keepEarlyQtMessage);
    // Rendering a PDF lays text out with real fonts, which needs a (headless) QGuiApplication.
    const bool graphical = std::any_of(argv + 1, argv + argc, [](const char *a) { return qstrcmp(a, "render") == 0; });
    if (graphical && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    const std::unique_ptr<QCoreApplication> application =
        graphical ? std::make_unique<QGuiApplication>(argc, argv) : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication &app = *application;
    QCoreApplication::setApplicationName(u"fazhi"_s);
    FormatReaders::registerAll();
    QCoreApplication::setOrganizationName(u"fazhi-studio"_s);

    QStringList args = app.arguments().mid(1);
    std::optional<QString> dbOption; // not given, or given (perhaps empty): the two differ
    bool json = false;
    bool verbose = false;
    QStringList rest;
    QString text;
    QTextStream out(&text);
    const auto finish = [&](FILE *stream, int code) {
        out.flush();
        printClean(stream, text);
        return code;
    };
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &a = args.at(i);
        if (a == u"--db"_s) {
            if (i + 1 >= args.size()) {
                out << u"错误：选项 --db 缺少数据库路径。\n"_s;
                return finish(stderr, Usage);
            }
            dbOption = args.at(++i);
        } else if (a.startsWith(u"--db="_s)) {
            dbOption = a.mid(5);
        } else if (a == u"--as"_s || a.startsWith(u"--as="_s)) {
            // The acting person, for every command that records who did what.
            if (a == u"--as"_s && i + 1 >= args.size()) {
                out << u"错误：选项 --as 缺少人员姓名。\n"_s;
                return finish(stderr, Usage);
            }
            qputenv("FAZHI_USER", (a == u"--as"_s ? args.at(++i) : a.mid(5)).toUtf8());
        } else if (a == u"--json"_s) {
            json = true;
        } else if (a == u"-v"_s || a == u"--verbose"_s) {
            verbose = true;
        } else {
            rest.append(a);
        }
    }
    logging::initialize(u"fazhi"_s, verbose); // routes Qt's messages to the log from here on
    for (const QString &message : std::as_const(earlyQtMessages()))
        spdlog::info("qt: {}", message.toStdString());

    if (rest.isEmpty() || rest.first() == u"help"_s || rest.first() == u"--help"_s || rest.first() == u"-h"_s) {
        // fazhi help render: that command's usage
        int words = 0;
        const Command *c = rest.size() > 1 ? findCommand(rest.mid(1), &words) : nullptr;
        if (c)
            printCommandHelp(out, *c);
        else
            printHelp(out);
        return finish(stdout, rest.isEmpty() ? Usage : Ok);
    }

    int words = 0;
    const Command *chosen = findCommand(rest, &words);
    if (!chosen) {
        // "fazhi report --help": the commands of the group
        QList<const Command *> group;
        for (const Command &c : Registry::commands())
            if (c.name.section(u' ', 0, 0) == rest.first())
                group.append(&c);
        if (!group.isEmpty() && asksForHelp(rest)) {
            for (const Command *c : std::as_const(group)) {
                printCommandHelp(out, *c);
                out << u'\n';
            }
            return finish(stdout, Ok);
        }
        out << u"错误：未知命令“%1”。运行 fazhi help 查看全部命令。\n"_s.arg(rest.join(u' '));
        return finish(stderr, Usage);
    }
    if (asksForHelp(rest.mid(words))) {
        printCommandHelp(out, *chosen);
        return finish(stdout, Ok);
    }

    QString dbPath;
    if (dbOption) {
        const QString problem = badDatabasePath(*dbOption);
        if (!problem.isEmpty()) {
            spdlog::warn("refused --db value '{}'", dbOption->toStdString());
            out << u"错误："_s << problem << u'\n';
            return finish(stderr, Usage);
        }
        dbPath = *dbOption;
    } else {
        dbPath = Database::defaultPath();
    }

    Context context(rest.mid(words), dbPath, json);
    try {
        spdlog::debug("running command '{}'", chosen->name.toStdString());
        const int code = chosen->run(context);
        context.flush();
        return code;
    } catch (const Failure &f) {
        spdlog::warn("command '{}' failed: {} ({})", chosen->name.toStdString(), f.message().toStdString(),
                     f.detail().toStdString());
        context.err() << u"错误："_s << f.message() << u'\n';
        context.flush();
        return f.kind() == Failure::Kind::Input ? Usage : Failed;
    } catch (const std::exception &e) {
        // The exception's text is English and technical: it goes to the log, the clerk reads Chinese.
        spdlog::error("command '{}' crashed: {}", chosen->name.toStdString(), e.what());
        context.err() << u"错误：内部错误，命令没有完成。详细原因已写入日志：%1\n"_s.arg(logging::logFilePath());
        context.flush();
        return Failed;
    }
}

} // namespace fazhi::cli

// SPDX-License-Identifier: GPL-3.0-or-later
#include "Cli.h"

#include "util/Failure.h"
#include "util/Logging.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <spdlog/spdlog.h>

#include <algorithm>
#include <cstdio>
#include <memory>

using namespace Qt::StringLiterals;

namespace fazhi::cli {

Context::Context(QStringList args, QString dbPath, bool json)
    : m_args(std::move(args)), m_dbPath(std::move(dbPath)), m_json(json), m_out(stdout), m_err(stderr)
{
}

Database &Context::db()
{
    if (!m_db) {
        auto db = std::make_unique<Database>();
        db->open(m_dbPath);
        m_db = std::move(db);
    }
    return *m_db;
}

void Context::printJson(const QJsonValue &value)
{
    const QJsonDocument doc = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    m_out << QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
    m_out.flush();
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
            if (eq >= 0)
                m_values.insert(name, inlineValue);
            else if (i + 1 < args.size())
                m_values.insert(name, args.at(++i));
            else
                throw Failure(u"选项 --%1 缺少取值。"_s.arg(name), Failure::Kind::Input);
        } else {
            throw Failure(u"未知选项 --%1。"_s.arg(name), Failure::Kind::Input);
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
        << u"退出码：0 成功；1 操作失败；2 用法错误或输入无法读取。\n"_s;
}

} // namespace

int run(int argc, char **argv)
{
    // Rendering a PDF lays text out with real fonts, which needs a (headless) QGuiApplication.
    const bool graphical = std::any_of(argv + 1, argv + argc, [](const char *a) { return qstrcmp(a, "render") == 0; });
    if (graphical && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    const std::unique_ptr<QCoreApplication> application =
        graphical ? std::make_unique<QGuiApplication>(argc, argv) : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication &app = *application;
    QCoreApplication::setApplicationName(u"fazhi"_s);
    QCoreApplication::setOrganizationName(u"fazhi-studio"_s);

    QStringList args = app.arguments().mid(1);
    QString dbPath;
    bool json = false;
    bool verbose = false;
    QStringList rest;
    QTextStream err(stderr);
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &a = args.at(i);
        if (a == u"--db"_s) {
            if (i + 1 >= args.size()) {
                err << u"错误：选项 --db 缺少数据库路径。\n"_s;
                return Usage;
            }
            dbPath = args.at(++i);
        } else if (a.startsWith(u"--db="_s)) {
            dbPath = a.mid(5);
        } else if (a == u"--as"_s || a.startsWith(u"--as="_s)) {
            // The acting person, for every command that records who did what.
            if (a == u"--as"_s && i + 1 >= args.size()) {
                err << u"错误：选项 --as 缺少人员姓名。\n"_s;
                return Usage;
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
    logging::initialize(u"fazhi"_s, verbose);
    if (dbPath.isEmpty())
        dbPath = Database::defaultPath();

    QTextStream out(stdout);
    if (rest.isEmpty() || rest.first() == u"help"_s || rest.first() == u"--help"_s || rest.first() == u"-h"_s) {
        printHelp(out);
        return rest.isEmpty() ? Usage : Ok;
    }

    // Longest match of command words: "report new" before "report".
    const Command *chosen = nullptr;
    int words = 0;
    for (const Command &c : Registry::commands()) {
        const QStringList cw = c.name.split(u' ');
        if (cw.size() > rest.size() || cw.size() <= words)
            continue;
        if (rest.mid(0, cw.size()) == cw) {
            chosen = &c;
            words = int(cw.size());
        }
    }
    if (!chosen) {
        err << u"错误：未知命令“%1”。运行 fazhi help 查看全部命令。\n"_s.arg(rest.join(u' '));
        return Usage;
    }

    Context context(rest.mid(words), dbPath, json);
    try {
        spdlog::debug("running command '{}'", chosen->name.toStdString());
        const int code = chosen->run(context);
        context.out().flush();
        return code;
    } catch (const Failure &f) {
        context.out().flush();
        spdlog::warn("command '{}' failed: {} ({})", chosen->name.toStdString(), f.message().toStdString(),
                     f.detail().toStdString());
        err << u"错误："_s << f.message() << u'\n';
        return f.kind() == Failure::Kind::Input ? Usage : Failed;
    } catch (const std::exception &e) {
        spdlog::error("command '{}' crashed: {}", chosen->name.toStdString(), e.what());
        err << u"错误：内部错误（%1），请查看日志。\n"_s.arg(QString::fromLocal8Bit(e.what()));
        return Failed;
    }
}

} // namespace fazhi::cli

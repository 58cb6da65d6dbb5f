// SPDX-License-Identifier: GPL-3.0-or-later
#include "util/Logging.h"

#include "util/Paths.h"

#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

#include <QtGlobal>

using namespace Qt::StringLiterals;

namespace fazhi::logging {

namespace {

void qtMessageHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const std::string text = message.toStdString();
    const char *category = context.category ? context.category : "qt";
    switch (type) {
    case QtDebugMsg: spdlog::debug("[{}] {}", category, text); break;
    case QtInfoMsg: spdlog::info("[{}] {}", category, text); break;
    case QtWarningMsg: spdlog::warn("[{}] {}", category, text); break;
    case QtCriticalMsg: spdlog::error("[{}] {}", category, text); break;
    case QtFatalMsg: spdlog::critical("[{}] {}", category, text); spdlog::default_logger()->flush(); break;
    }
}

} // namespace

QString logFilePath() { return paths::dataDirectory() + u"/logs/fazhi.log"_s; }

void initialize(const QString &programName, bool toStderr)
{
    std::vector<spdlog::sink_ptr> sinks;
    try {
        sinks.push_back(std::make_shared<spdlog::sinks::rotating_file_sink_mt>(logFilePath().toStdString(),
                                                                               2 * 1024 * 1024, 3));
    } catch (const spdlog::spdlog_ex &) {
        // An unwritable data directory must not stop the program; stderr still works with -v.
    }
    if (toStderr)
        sinks.push_back(std::make_shared<spdlog::sinks::stderr_color_sink_mt>());
    auto logger = std::make_shared<spdlog::logger>(programName.toStdString(), sinks.begin(), sinks.end());
    logger->set_level(toStderr ? spdlog::level::debug : spdlog::level::info);
    logger->flush_on(spdlog::level::warn);
    spdlog::set_default_logger(logger);
    qInstallMessageHandler(qtMessageHandler);
}

} // namespace fazhi::logging

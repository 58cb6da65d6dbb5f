// SPDX-License-Identifier: GPL-3.0-or-later
// Test main for the import-format suite: QGuiApplication (fonts, painting), offscreen, and the readers of
// src/formats registered as the CLI and the GUI register them.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "FormatReaders.h"

#include <QGuiApplication>

#include <spdlog/sinks/null_sink.h>
#include <spdlog/spdlog.h>

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", qgetenv("QT_QPA_PLATFORM").isEmpty() ? QByteArray("offscreen") : qgetenv("QT_QPA_PLATFORM"));
    QGuiApplication app(argc, argv);
    fazhi::FormatReaders::registerAll();
    if (qEnvironmentVariableIsEmpty("FAZHI_TEST_LOG"))
        spdlog::set_default_logger(std::make_shared<spdlog::logger>("test", std::make_shared<spdlog::sinks::null_sink_mt>()));
    return Catch::Session().run(argc, argv);
}

// SPDX-License-Identifier: GPL-3.0-or-later
// Test main for the core and CLI suites: a QCoreApplication, nothing graphical.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QCoreApplication>

#include <spdlog/sinks/null_sink.h>
#include <spdlog/spdlog.h>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    // Developer logs stay out of the test report; FAZHI_TEST_LOG=1 shows them.
    if (qEnvironmentVariableIsEmpty("FAZHI_TEST_LOG"))
        spdlog::set_default_logger(std::make_shared<spdlog::logger>("test", std::make_shared<spdlog::sinks::null_sink_mt>()));
    return Catch::Session().run(argc, argv);
}

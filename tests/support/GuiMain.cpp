// SPDX-License-Identifier: GPL-3.0-or-later
// Test main for the export suite: QGuiApplication (fonts, painting), offscreen.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QGuiApplication>

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", qgetenv("QT_QPA_PLATFORM").isEmpty() ? QByteArray("offscreen") : qgetenv("QT_QPA_PLATFORM"));
    QGuiApplication app(argc, argv);
    return Catch::Session().run(argc, argv);
}

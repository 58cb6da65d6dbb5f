// SPDX-License-Identifier: GPL-3.0-or-later
// Import time of each published fixture report, in process: the first (cold) run and the median of N runs.
// Target: under 50 ms each. Usage: bench_import [N]
#include "import/Importer.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QStringList>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace Qt::StringLiterals;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int runs = argc > 1 ? std::max(1, atoi(argv[1])) : 50;
    const QStringList fixtures{u"jiangjin-cgj-2025.txt"_s, u"jiulongpo-cgj-2023.txt"_s, u"siping-town-2025.txt"_s};
    bool allFast = true;
    std::printf("%-26s %10s %12s %10s %8s %8s\n", "fixture", "cold ms", "median ms", "max ms", "parts", "figures");
    for (const QString &name : fixtures) {
        const QString path = QStringLiteral(FAZHI_FIXTURES_DIR "/") + name;
        std::vector<double> times;
        fazhi::ImportResult last;
        double cold = 0;
        for (int i = 0; i <= runs; ++i) {
            QElapsedTimer timer;
            timer.start();
            last = fazhi::Importer::importFile(path);
            const double ms = double(timer.nsecsElapsed()) / 1e6;
            if (i == 0)
                cold = ms;
            else
                times.push_back(ms);
        }
        std::sort(times.begin(), times.end());
        const double median = times.at(times.size() / 2);
        allFast = allFast && median < 50.0;
        std::printf("%-26s %10.2f %12.2f %10.2f %8lld %8lld\n", qPrintable(name), cold, median, times.back(),
                    static_cast<long long>(last.document.parts().size()), static_cast<long long>(last.candidates.size()));
    }
    std::printf("%s (target: median under 50 ms per report, %d runs each)\n", allFast ? "ok" : "SLOW", runs);
    return allFast ? 0 : 1;
}

// SPDX-License-Identifier: GPL-3.0-or-later
// Logging, configured in one place: a rotating file in the data directory, Qt's messages routed in.
#pragma once

#include <QString>

namespace fazhi::logging {

/// Sets up the default logger. `toStderr` also prints log lines on stderr (the CLI's -v).
void initialize(const QString &programName, bool toStderr);
/// The log file's path.
QString logFilePath();

} // namespace fazhi::logging

// SPDX-License-Identifier: GPL-3.0-or-later
// The report session's logging category ("fazhi.session"), shared by the files of ReportSession.
#pragma once

#include <QLoggingCategory>

namespace fazhi {

Q_DECLARE_LOGGING_CATEGORY(lcSession)

} // namespace fazhi

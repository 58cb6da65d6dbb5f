// SPDX-License-Identifier: GPL-3.0-or-later
// Where the installation keeps its data: database, logs, and its own templates and checklists.
#pragma once

#include <QString>

namespace fazhi::paths {

/// The user's data directory for the product (FAZHI_DATA_DIR overrides), created on demand.
QString dataDirectory();
/// The folder of installation-supplied files of one kind ("templates", "checklists", "metrics"):
/// <data directory>/<kind>. May not exist.
QString installationFolder(const QString &kind);

} // namespace fazhi::paths

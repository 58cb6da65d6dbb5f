// SPDX-License-Identifier: GPL-3.0-or-later
// Registers the readers of this library (PDF, scanned images) with the importer's format dispatch.
#pragma once

namespace fazhi {

class FormatReaders
{
public:
    /// Call once at start-up (the CLI and the GUI do); later calls change nothing.
    static void registerAll();
};

} // namespace fazhi

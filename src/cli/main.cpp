// SPDX-License-Identifier: GPL-3.0-or-later
// fazhi: batch work, automation and tests over the same core as the desktop application.
#include "Cli.h"

int main(int argc, char **argv) { return fazhi::cli::run(argc, argv); }

// SPDX-License-Identifier: GPL-3.0-or-later
// The project's lossless Markdown form (MarkdownForm): what `fazhi import` reads back to the same report.
#pragma once

#include "Exporter.h"

namespace fazhi {

class MarkdownExporter : public Exporter
{
public:
    QString format() const override { return QStringLiteral("md"); }
    QByteArray render(const ReportDocument &doc) override;
};

} // namespace fazhi

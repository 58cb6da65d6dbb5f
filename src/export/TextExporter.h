// SPDX-License-Identifier: GPL-3.0-or-later
// Plain text: the report laid out by ReportLayout, a block a line (the checker's offsets count in it).
#pragma once

#include "Exporter.h"

namespace fazhi {

class TextExporter : public Exporter
{
public:
    QString format() const override { return QStringLiteral("txt"); }
    QByteArray render(const ReportDocument &doc) override;
    /// The exported text: ReportLayout::build(doc).plainText() with a closing newline.
    static QString text(const ReportDocument &doc);
};

} // namespace fazhi

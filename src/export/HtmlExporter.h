// SPDX-License-Identifier: GPL-3.0-or-later
// One self-contained web page for the unit's website (template resources/templates/web/page.html):
// h1 title, h2 parts, h3 subsections, no script, every piece of the clerk's text escaped.
#pragma once

#include "Exporter.h"

namespace fazhi {

class HtmlExporter : public Exporter
{
public:
    QString format() const override { return QStringLiteral("html"); }
    QByteArray render(const ReportDocument &doc) override;
    /// The page as text. Throws Failure when the installation's page template is malformed.
    static QString html(const ReportDocument &doc);
};

} // namespace fazhi

// SPDX-License-Identifier: GPL-3.0-or-later
// The one list of export formats: the CLI's `render`, the GUI's export dialog and preview buttons, and
// Exporter::create all read it, so a format is added in one place.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace fazhi {

class Exporter;

struct ExportFormat
{
    QString key;            ///< "pdf": the --format value and the file suffix
    QStringList aliases;    ///< other names accepted for it: "htm", "text", "markdown"
    QString chineseName;    ///< for the CLI's messages: "PDF 文档"
    const char *label;      ///< English, translated by the GUI in context "fazhi::ExportFormats": "PDF document"
    const char *shortLabel; ///< the preview's button ("Word"); nullptr: no button
    std::unique_ptr<Exporter> (*create)();
};

class ExportFormats
{
public:
    /// Every format, in the order menus show them.
    static const QList<ExportFormat> &all();
    /// The format named `name` (a key or an alias, any case), or nullptr.
    static const ExportFormat *find(const QString &name);
    /// "pdf", "docx", "html", "txt", "md"
    static QStringList keys();
};

} // namespace fazhi

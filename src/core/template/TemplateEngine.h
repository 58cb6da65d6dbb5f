// SPDX-License-Identifier: GPL-3.0-or-later
// Renders report templates (Mustache) from resources/templates/<name>/ or the installation's own
// templates folder, which takes precedence file by file.
#pragma once

#include <QString>
#include <QStringList>
#include <QVariantMap>

namespace fazhi {

/// How {{name}} values are escaped; {{{name}}} is always inserted as is.
enum class TemplateEscape
{
    Html,     ///< &, <, >, " and ' become entities (web pages)
    Markdown, ///< Markdown syntax characters get a backslash (section bodies)
    None,
};

class TemplateEngine
{
public:
    /// Names of the templates available: the built-in ones and the installation's, sorted.
    static QStringList available();
    /// Whether template `name` has the file `file` (installation folder or built in).
    static bool has(const QString &name, const QString &file);
    /// The text of `file` of template `name`: the installation's copy when present
    /// (paths::installationFolder("templates")/<name>/<file>), else the built-in one.
    /// Throws Failure(Input) when neither exists.
    static QString load(const QString &name, const QString &file);

    /// Renders Mustache `source` with `context` (QVariantMap, QVariantList, strings, numbers, bools).
    /// Partials {{> file}} are read from template `partialsFrom` when given. Throws Failure(Input) with a
    /// Chinese message naming the problem when the template is malformed.
    static QString render(const QString &source, const QVariantMap &context, TemplateEscape escape,
                          const QString &partialsFrom = {});
    /// load() and render() in one step.
    static QString renderFile(const QString &name, const QString &file, const QVariantMap &context,
                              TemplateEscape escape);
};

} // namespace fazhi

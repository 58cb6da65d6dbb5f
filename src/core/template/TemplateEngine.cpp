// SPDX-License-Identifier: GPL-3.0-or-later
#include "template/TemplateEngine.h"

#include "text/ReportLayout.h"
#include "util/Failure.h"
#include "util/Paths.h"

#include <kainjow/mustache.hpp>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>

using namespace Qt::StringLiterals;

namespace fazhi {

namespace {

namespace mst = kainjow::mustache;

const QString builtinRoot = u":/resources/templates"_s;

QString installedRoot()
{
    return paths::installationFolder(u"templates"_s);
}

/// A template name is one folder name: no separators, no "..".
bool validName(const QString &name)
{
    return !name.isEmpty() && !name.contains(u'/') && !name.contains(u'\\') && name != u".."_s &&
           name != u"."_s;
}

QString locate(const QString &name, const QString &file)
{
    if (!validName(name) || file.contains(u".."_s))
        return {};
    const QString installed = installedRoot() + u'/' + name + u'/' + file;
    if (QFileInfo::exists(installed))
        return installed;
    const QString builtin = builtinRoot + u'/' + name + u'/' + file;
    return QFileInfo::exists(builtin) ? builtin : QString();
}

mst::data toData(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::QVariantMap: {
        mst::data object(mst::data::type::object);
        const QVariantMap map = value.toMap();
        for (auto it = map.cbegin(); it != map.cend(); ++it)
            object.set(it.key().toStdString(), toData(it.value()));
        return object;
    }
    case QMetaType::QVariantList: {
        mst::data list(mst::data::type::list);
        for (const QVariant &item : value.toList())
            list.push_back(toData(item));
        return list;
    }
    case QMetaType::QStringList: {
        mst::data list(mst::data::type::list);
        for (const QString &item : value.toStringList())
            list.push_back(mst::data(item.toStdString()));
        return list;
    }
    case QMetaType::Bool:
        return mst::data(value.toBool());
    case QMetaType::UnknownType:
        return mst::data(false);
    default:
        return mst::data(value.toString().toStdString());
    }
}

std::string escapeHtml(const std::string &s)
{
    std::string out;
    out.reserve(s.size() + s.size() / 8);
    for (const char c : s) {
        switch (c) {
        case '&':
            out += "&amp;";
            break;
        case '<':
            out += "&lt;";
            break;
        case '>':
            out += "&gt;";
            break;
        case '"':
            out += "&quot;";
            break;
        case '\'':
            out += "&#39;";
            break;
        default:
            out += c;
            break;
        }
    }
    return out;
}

} // namespace

QStringList TemplateEngine::available()
{
    QSet<QString> names;
    for (const QString &root : {builtinRoot, installedRoot()})
        for (const QString &entry : QDir(root).entryList(QDir::Dirs | QDir::NoDotAndDotDot))
            names.insert(entry);
    QStringList list(names.cbegin(), names.cend());
    list.sort();
    return list;
}

bool TemplateEngine::has(const QString &name, const QString &file)
{
    return !locate(name, file).isEmpty();
}

QString TemplateEngine::load(const QString &name, const QString &file)
{
    const QString path = locate(name, file);
    if (path.isEmpty())
        throw Failure(u"找不到模板“%1”的文件“%2”。"_s.arg(name, file), Failure::Kind::Input);
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        throw Failure(u"无法读取模板文件“%1”：%2"_s.arg(path, f.errorString()), Failure::Kind::Input);
    return QString::fromUtf8(f.readAll());
}

QString TemplateEngine::render(const QString &source, const QVariantMap &context, TemplateEscape escape,
                               const QString &partialsFrom)
{
    mst::mustache tmpl(source.toStdString());
    if (!tmpl.is_valid())
        throw Failure(u"模板有语法错误：%1"_s.arg(QString::fromStdString(tmpl.error_message())),
                      Failure::Kind::Input);
    switch (escape) {
    case TemplateEscape::Html:
        tmpl.set_custom_escape(escapeHtml);
        break;
    case TemplateEscape::Markdown:
        tmpl.set_custom_escape(
            [](const std::string &s) { return markdownEscape(QString::fromStdString(s)).toStdString(); });
        break;
    case TemplateEscape::None:
        tmpl.set_custom_escape([](const std::string &s) { return s; });
        break;
    }
    mst::data data = toData(context);
    if (!partialsFrom.isEmpty()) {
        // Partials named by file: {{> part-guidance.md}}. Missing ones render empty, as Mustache says.
        const QStringList files = [&] {
            QSet<QString> set;
            for (const QString &root : {builtinRoot, installedRoot()})
                for (const QString &f : QDir(root + u'/' + partialsFrom).entryList(QDir::Files))
                    set.insert(f);
            return QStringList(set.cbegin(), set.cend());
        }();
        for (const QString &file : files) {
            const std::string text = load(partialsFrom, file).toStdString();
            data.set(file.toStdString(), mst::partial([text] { return text; }));
        }
    }
    std::string rendered = tmpl.render(data);
    if (!tmpl.is_valid())
        throw Failure(u"模板无法渲染：%1"_s.arg(QString::fromStdString(tmpl.error_message())),
                      Failure::Kind::Input);
    return QString::fromStdString(rendered);
}

QString TemplateEngine::renderFile(const QString &name, const QString &file, const QVariantMap &context,
                                   TemplateEscape escape)
{
    return render(load(name, file), context, escape, name);
}

} // namespace fazhi

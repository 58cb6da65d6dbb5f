// SPDX-License-Identifier: GPL-3.0-or-later
#include "Exporter.h"

#include "ExportFile.h"
#include "ExportFormats.h"

#include <QFile>
#include <QTemporaryDir>

#include <spdlog/spdlog.h>

using namespace Qt::StringLiterals;

namespace fazhi {

QByteArray Exporter::render(const ReportDocument &doc)
{
    QTemporaryDir dir;
    if (!dir.isValid())
        throw Failure(u"无法创建临时文件夹，不能生成导出内容。"_s, Failure::Kind::Operation, dir.errorString());
    const QString path = dir.filePath(u"export."_s + format());
    if (!write(doc, path))
        throw Failure(m_error, m_errorKind);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw Failure(u"无法读回刚生成的导出内容。"_s, Failure::Kind::Operation, file.errorString());
    return file.readAll();
}

bool Exporter::write(const ReportDocument &doc, const QString &path)
{
    m_error.clear();
    m_errorKind = Failure::Kind::Operation;
    try {
        ExportFile::save(path, render(doc));
        return true;
    } catch (const Failure &f) {
        spdlog::warn("export {} to {} failed: {} ({})", format().toStdString(), path.toStdString(),
                     f.message().toStdString(), f.detail().toStdString());
        m_error = f.message();
        m_errorKind = f.kind();
        return false;
    }
}

std::unique_ptr<Exporter> Exporter::create(const QString &format)
{
    const ExportFormat *f = ExportFormats::find(format);
    return f ? f->create() : nullptr;
}

QStringList Exporter::formats() { return ExportFormats::keys(); }

} // namespace fazhi

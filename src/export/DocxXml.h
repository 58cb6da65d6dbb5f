// SPDX-License-Identifier: GPL-3.0-or-later
// What the parts of a Word package are written with: the w: namespace, an XML writer, empty w: elements.
#pragma once

#include <QByteArray>
#include <QString>
#include <QXmlStreamWriter>

namespace fazhi::docx {

/// The WordprocessingML namespace, bound to the prefix "w".
inline const QString W = QStringLiteral("http://schemas.openxmlformats.org/wordprocessingml/2006/main");

/// An XML writer into a byte array, with the document (1.0, standalone) already started.
class Xml
{
public:
    Xml() : m_writer(&m_data) { m_writer.writeStartDocument(QStringLiteral("1.0"), true); }
    QXmlStreamWriter *operator->() { return &m_writer; }
    QXmlStreamWriter &operator*() { return m_writer; }
    /// Ends the document and returns its bytes.
    QByteArray finish()
    {
        m_writer.writeEndDocument();
        return m_data;
    }

private:
    QByteArray m_data; ///< declared before the writer that writes into it
    QXmlStreamWriter m_writer;
};

/// Writes the empty element w:`name`, with w:val="`val`" unless `val` is null.
inline void wEmpty(QXmlStreamWriter &x, const QString &name, const QString &val = {})
{
    x.writeEmptyElement(QStringLiteral("w:") + name);
    if (!val.isNull())
        x.writeAttribute(QStringLiteral("w:val"), val);
}

} // namespace fazhi::docx

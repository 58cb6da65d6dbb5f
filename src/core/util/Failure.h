// SPDX-License-Identifier: GPL-3.0-or-later
// The one exception type the core throws: a Chinese sentence for the user, and what kind of failure it was.
#pragma once

#include <QString>

#include <stdexcept>

namespace fazhi {

class Failure : public std::runtime_error
{
public:
    enum class Kind {
        Operation, ///< the operation failed (constraint, I/O): CLI exit 1
        Input,     ///< the input could not be read or was malformed: CLI exit 2
    };

    explicit Failure(const QString &message, Kind kind = Kind::Operation, const QString &detail = {})
        : std::runtime_error(message.toStdString()), m_message(message), m_kind(kind), m_detail(detail)
    {
    }

    /// A sentence in Chinese, written for the clerk.
    const QString &message() const { return m_message; }
    Kind kind() const { return m_kind; }
    /// Technical detail for the log (driver error text), never shown as the main message.
    const QString &detail() const { return m_detail; }

private:
    QString m_message;
    Kind m_kind;
    QString m_detail;
};

} // namespace fazhi

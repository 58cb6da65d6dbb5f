// SPDX-License-Identifier: GPL-3.0-or-later
// Old Word (.doc), WPS and RTF files turned into .docx by LibreOffice (`soffice --headless --convert-to
// docx`), so that the DOCX reader reads them. LibreOffice runs with a private profile folder (never the
// user's, never blocked by a LibreOffice window the clerk has open), no window, and a time limit.
#pragma once

#include <QByteArray>
#include <QString>

namespace fazhi {

class OfficeConverter
{
public:
    /// The time LibreOffice gets for one file before it is stopped.
    static constexpr int kTimeoutMs = 60000;

    /// The LibreOffice program (soffice or libreoffice on the PATH, or FAZHI_SOFFICE), or empty.
    static QString program();
    /// The .docx bytes of `path`. Throws Failure: Input (exit 2) naming the package to install when
    /// LibreOffice is missing or when it cannot read the file; Operation when it fails or times out.
    static QByteArray toDocx(const QString &path);
};

} // namespace fazhi

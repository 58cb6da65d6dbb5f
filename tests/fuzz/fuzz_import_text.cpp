// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer harness: any bytes as the text of a report (and as a web page) must give a report or a
// Failure, never a crash, and what is recognised must survive the Markdown form.
#include "import/HtmlReader.h"
#include "import/Importer.h"
#include "import/MarkdownForm.h"
#include "text/ReportLayout.h"
#include "util/Failure.h"

#include <QCoreApplication>

#include <cstddef>
#include <cstdint>

using namespace fazhi;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    try {
        const ImportResult result = Importer::importText(text);
        (void)result.toJson();
        (void)ReportLayout::build(result.document).plainText();
        const ImportResult again = Importer::importText(MarkdownForm::write(result.document));
        if (again.document.parts().size() != result.document.parts().size())
            __builtin_trap();
    } catch (const Failure &) {
    }
    (void)HtmlReader::read(text);
    return 0;
}

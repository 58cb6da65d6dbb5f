// SPDX-License-Identifier: GPL-3.0-or-later
#include "AuditText.h"

#include <utility>

using namespace Qt::StringLiterals;

namespace fazhi {

QString AuditText::action(const QString &key)
{
    static const std::pair<QString, const char *> names[] = {
        {u"submit"_s, QT_TRANSLATE_NOOP("fazhi::AuditText", "submitted")},
        {u"return"_s, QT_TRANSLATE_NOOP("fazhi::AuditText", "returned")},
        {u"approve"_s, QT_TRANSLATE_NOOP("fazhi::AuditText", "approved")},
        {u"publish"_s, QT_TRANSLATE_NOOP("fazhi::AuditText", "published")},
        {u"reopen"_s, QT_TRANSLATE_NOOP("fazhi::AuditText", "reopened")},
        {u"comment"_s, QT_TRANSLATE_NOOP("fazhi::AuditText", "commented")},
        {u"resolve"_s, QT_TRANSLATE_NOOP("fazhi::AuditText", "resolved a comment")},
        {u"reopen-comment"_s, QT_TRANSLATE_NOOP("fazhi::AuditText", "reopened a comment")},
        {u"version-save"_s, QT_TRANSLATE_NOOP("fazhi::AuditText", "saved a version")},
        {u"restore"_s, QT_TRANSLATE_NOOP("fazhi::AuditText", "restored a version")},
        {u"import"_s, QT_TRANSLATE_NOOP("fazhi::AuditText", "imported")},
        {u"delete"_s, QT_TRANSLATE_NOOP("fazhi::AuditText", "deleted")},
    };
    for (const auto &[k, text] : names)
        if (k == key)
            return QCoreApplication::translate("fazhi::AuditText", text);
    return key;
}

} // namespace fazhi

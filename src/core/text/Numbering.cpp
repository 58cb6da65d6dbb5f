// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/Numbering.h"

#include <unicode/locid.h>
#include <unicode/rbnf.h>
#include <unicode/unistr.h>

#include <QHash>
#include <QMutex>

#include <memory>

using namespace Qt::StringLiterals;

namespace fazhi::numbering {

QString chineseNumeral(int n)
{
    static QMutex mutex;
    static QHash<int, QString> cache;
    QMutexLocker lock(&mutex);
    if (const auto it = cache.constFind(n); it != cache.cend())
        return *it;

    static std::unique_ptr<icu::RuleBasedNumberFormat> format = [] {
        UErrorCode status = U_ZERO_ERROR;
        auto f = std::make_unique<icu::RuleBasedNumberFormat>(icu::URBNF_SPELLOUT, icu::Locale("zh"), status);
        return U_SUCCESS(status) ? std::move(f) : nullptr;
    }();
    QString result;
    if (format) {
        icu::UnicodeString out;
        format->format(int32_t(n), out);
        result = QString(reinterpret_cast<const QChar *>(out.getBuffer()), out.length());
    } else {
        result = QString::number(n);
    }
    cache.insert(n, result);
    return result;
}

QString label(int level, int index)
{
    switch (level) {
    case 1: return chineseNumeral(index) + u"、"_s;
    case 2: return u"（"_s + chineseNumeral(index) + u"）"_s;
    case 3: return QString::number(index) + u"."_s;
    case 4: return u"（"_s + QString::number(index) + u"）"_s;
    }
    return {};
}

} // namespace fazhi::numbering

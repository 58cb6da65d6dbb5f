// SPDX-License-Identifier: GPL-3.0-or-later
// lint.citation: 《》 titles of laws, regulations, 党内法规 and central plans against the catalogue of their
// official titles (resources/checklists/citations.json). A title one character away from an official one
// (a character dropped, added, swapped, or — in a long title — mistyped), or whose 》 stands before the
// title's last characters, gets the official title as its fix. Titles the catalogue does not know, such as
// a unit's own documents, are left alone.
#include "check/RuleRegistry.h"

#include "text/ChineseText.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace fazhi {

namespace {

/// The marks of a period folded to one form: every dash to "—", parentheses to full width.
QString foldMarks(QStringView t)
{
    QString out = t.toString();
    for (QChar &c : out) {
        switch (c.unicode()) {
        case u'-': case u'－': case u'–': case u'―': case u'~': case u'～': case u'−': c = u'—'; break;
        case u'(': c = u'（'; break;
        case u')': c = u'）'; break;
        default: break;
        }
    }
    return out;
}

struct Catalogue
{
    QHash<QString, QString> official; ///< every accepted form (full, and without a prefix) → official title
    QHash<QString, QString> shortOf;  ///< every accepted form → the form without prefix
    QStringList prefixes;
    QList<QString> forms;             ///< the keys of `official`, for the near-miss search

    QString withoutPrefix(const QString &t) const
    {
        for (const QString &p : prefixes)
            if (t.startsWith(p) && t.size() > p.size())
                return t.mid(p.size());
        return t;
    }

    static const Catalogue &get()
    {
        static const Catalogue c = [] {
            Catalogue cat;
            QFile f(u":/resources/checklists/citations.json"_s);
            if (!f.open(QIODevice::ReadOnly))
                return cat;
            const QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
            for (const QJsonValue &p : o.value(u"prefixes"_s).toArray())
                cat.prefixes.append(p.toString());
            for (const QJsonValue &v : o.value(u"titles"_s).toArray()) {
                const QString title = foldMarks(v.toString());
                const QString bare = cat.withoutPrefix(title);
                for (const QString &form : {title, bare}) {
                    cat.official.insert(form, title);
                    cat.shortOf.insert(form, bare);
                }
            }
            cat.forms = cat.official.keys();
            return cat;
        }();
        return c;
    }
};

enum class Edit { None, Indel, Swap, Substitution, Far };

/// How `a` differs from `b` when they differ by at most one edit.
Edit oneEdit(QStringView a, QStringView b)
{
    if (a == b)
        return Edit::None;
    const qsizetype la = a.size(), lb = b.size();
    if (std::abs(la - lb) > 1)
        return Edit::Far;
    qsizetype i = 0;
    while (i < std::min(la, lb) && a.at(i) == b.at(i))
        ++i;
    if (la == lb) {
        if (a.mid(i + 1) == b.mid(i + 1))
            return Edit::Substitution;
        if (i + 1 < la && a.at(i) == b.at(i + 1) && a.at(i + 1) == b.at(i) && a.mid(i + 2) == b.mid(i + 2))
            return Edit::Swap;
        return Edit::Far;
    }
    const QStringView longer = la > lb ? a : b, shorter = la > lb ? b : a;
    return longer.mid(i + 1) == shorter.mid(i) ? Edit::Indel : Edit::Far;
}

/// The catalogue form that `title` misses by one edit, or empty.
QString nearMiss(const Catalogue &cat, const QString &title)
{
    static const QRegularExpression digit(u"[0-9]"_s);
    if (title.contains(digit))
        return {}; // periods are compared by lint.outdated
    const QString bare = cat.withoutPrefix(title);
    for (const QString &form : cat.forms) {
        const QString formBare = cat.shortOf.value(form);
        if (std::abs(formBare.size() - bare.size()) > 1 || formBare.contains(digit))
            continue;
        const Edit e = oneEdit(bare, formBare);
        const bool near = ((e == Edit::Indel || e == Edit::Swap) && formBare.size() >= 4) ||
                          (e == Edit::Substitution && formBare.size() >= 8);
        if (near)
            return title.size() > bare.size() ? cat.official.value(form) : formBare;
    }
    return {};
}

void citation(const TextUnit &unit, const RuleContext &, RuleOutput &out)
{
    const Catalogue &cat = Catalogue::get();
    if (cat.forms.isEmpty() || !unit.text.contains(u'《'))
        return;
    static const QRegularExpression cited(u"《([^《》\\n]{2,80})》"_s);
    const QStringView t = unit.text;
    for (auto it = cited.globalMatch(t); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const QString title = foldMarks(m.capturedView(1));
        if (cat.official.contains(title))
            continue;
        // 》 before the title's last characters: "《优化营商环境条》例".
        QString fixed;
        qsizetype length = m.capturedLength();
        for (qsizetype k = 1; k <= 3 && m.capturedEnd() + k <= t.size(); ++k) {
            const QStringView after = t.mid(m.capturedEnd(), k);
            if (!chinese::isHan(after.back()))
                break;
            if (cat.official.contains(title + after.toString())) {
                fixed = title + after.toString();
                length += k;
                break;
            }
        }
        if (fixed.isEmpty())
            fixed = nearMiss(cat, title);
        if (fixed.isEmpty())
            continue;
        const QString official = cat.official.value(fixed, fixed);
        out.addAt(unit, m.capturedStart(), length,
                  u"书名“%1”与正式名称“%2”不符"_s.arg(t.mid(m.capturedStart(), length).toString(), u"《"_s + official + u"》"_s),
                  u"改为《%1》。"_s.arg(fixed), u"《"_s + fixed + u"》"_s);
    }
}

} // namespace

void registerCitationRules(QList<RuleInfo> &rules)
{
    rules.append({u"lint.citation"_s, FindingLevel::Warning, u"法规名称"_s, {}, citation});
}

} // namespace fazhi

// SPDX-License-Identifier: GPL-3.0-or-later
#include "check/Checklist.h"

#include "util/Failure.h"
#include "util/Paths.h"

#include <algorithm>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include <spdlog/spdlog.h>

using namespace Qt::StringLiterals;

namespace fazhi {

namespace {

QStringList strings(const QJsonValue &value)
{
    QStringList result;
    if (value.isString())
        result.append(value.toString());
    for (const QJsonValue &v : value.toArray())
        if (!v.toString().isEmpty())
            result.append(v.toString());
    return result;
}

QList<QByteArray> readFolder(const QString &folder)
{
    QList<QByteArray> result;
    const QDir dir(folder);
    for (const QString &name : dir.entryList({u"*.json"_s}, QDir::Files, QDir::Name)) {
        QFile file(dir.filePath(name));
        if (file.open(QIODevice::ReadOnly))
            result.append(file.readAll());
    }
    return result;
}

} // namespace

const Checklist &Checklist::builtin()
{
    static const Checklist checklist = [] {
        Checklist c = fromJson(readFolder(u":/resources/checklists"_s));
        for (const QByteArray &extra : readFolder(paths::installationFolder(u"checklists"_s))) {
            const QJsonDocument doc = QJsonDocument::fromJson(extra);
            if (doc.isObject())
                c.merge(doc.object());
            else
                spdlog::warn("skipping an installation checklist file that is not a JSON object");
        }
        return c;
    }();
    return checklist;
}

Checklist Checklist::fromJson(const QList<QByteArray> &files)
{
    Checklist c;
    for (const QByteArray &bytes : files) {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
        if (!doc.isObject())
            throw Failure(u"检查清单文件格式错误：%1"_s.arg(error.errorString()), Failure::Kind::Input);
        c.merge(doc.object());
    }
    return c;
}

void Checklist::merge(const QJsonObject &file)
{
    for (const QJsonValue &v : file.value(u"parts"_s).toArray()) {
        const QJsonObject o = v.toObject();
        PartSpec spec{o.value(u"part"_s).toInt(), o.value(u"name"_s).toString(), strings(o.value(u"patterns"_s))};
        bool merged = false;
        for (PartSpec &existing : parts)
            if (existing.part == spec.part) {
                existing.patterns += spec.patterns;
                if (!spec.name.isEmpty())
                    existing.name = spec.name;
                merged = true;
            }
        if (!merged && spec.part >= 1 && spec.part <= 5)
            parts.append(spec);
    }
    for (const QJsonValue &v : file.value(u"extra_parts"_s).toArray()) {
        const QJsonObject o = v.toObject();
        extraParts.append({strings(o.value(u"patterns"_s)), o.value(u"suggestion"_s).toString()});
    }
    reasonWords += strings(file.value(u"reason_words"_s));
    leaderDutyWords += strings(file.value(u"leader_duty_words"_s));
    for (const QJsonValue &v : file.value(u"topics"_s).toArray()) {
        const QJsonObject o = v.toObject();
        TopicSpec t;
        t.id = o.value(u"id"_s).toString();
        t.name = o.value(u"name"_s).toString();
        for (const QJsonValue &g : o.value(u"groups"_s).toArray())
            t.groups.append(strings(g));
        t.minGroups = o.value(u"min_groups"_s).toInt(1);
        t.minHits = o.value(u"min_hits"_s).toInt(2);
        t.requiredFor = strings(o.value(u"required_for"_s));
        t.suggestion = o.value(u"suggestion"_s).toString();
        if (t.id.isEmpty())
            continue;
        bool replaced = false;
        for (TopicSpec &existing : topics)
            if (existing.id == t.id) {
                existing = t;
                replaced = true;
            }
        if (!replaced)
            topics.append(t);
    }
    for (const QJsonValue &v : file.value(u"confusables"_s).toArray()) {
        const QJsonObject o = v.toObject();
        ConfusableEntry e{o.value(u"wrong"_s).toString(), o.value(u"right"_s).toString(),
                          strings(o.value(u"not_before"_s)), strings(o.value(u"not_after"_s)),
                          strings(o.value(u"only_before"_s)), o.value(u"note"_s).toString()};
        if (!e.wrong.isEmpty())
            confusables.append(e);
    }
    for (const QJsonValue &v : file.value(u"outdated"_s).toArray()) {
        const QJsonObject o = v.toObject();
        OutdatedEntry e{strings(o.value(u"patterns"_s)), o.value(u"from_year"_s).toInt(),
                        o.value(u"replacement"_s).toString(), o.value(u"message"_s).toString()};
        if (!e.patterns.isEmpty())
            outdated.append(e);
    }
    for (const QString &word : strings(file.value(u"reduplications"_s)))
        reduplications.insert(word);
    for (const QJsonValue &v : file.value(u"doubled_chars"_s).toArray()) {
        const QJsonObject o = v.toObject();
        doubledChars.append({o.value(u"text"_s).toString(), strings(o.value(u"except"_s))});
    }
    loneBeforeSame += file.value(u"lone_before_same"_s).toString();
    officialNames += strings(file.value(u"official_names"_s));
    for (const QJsonValue &g : file.value(u"synonyms"_s).toArray())
        synonyms.append(strings(g));
    for (const QString &word : strings(file.value(u"term_stopwords"_s)))
        termStopwords.insert(word);
    // "X的 + verb" is an adverbial slip for X地 (认真的落实 → 认真地落实): the adverbs and the verbs are two
    // lists, expanded here into confusable entries; an entry listed for the same adverb wins.
    const QJsonObject adverbial = file.value(u"adverbial_de"_s).toObject();
    const QStringList verbs = strings(adverbial.value(u"verbs"_s));
    // After 得到, 实现, 进行 … the phrase is a noun (得到了充分的落实): no slip.
    const QStringList notAfter = strings(adverbial.value(u"not_after"_s));
    for (const QString &adverb : strings(adverbial.value(u"adverbs"_s))) {
        const QString wrong = adverb + u'的';
        if (std::any_of(confusables.cbegin(), confusables.cend(), [&](const ConfusableEntry &e) { return e.wrong == wrong; }))
            continue;
        confusables.append({wrong, adverb + u'地', {}, notAfter, verbs, u"修饰动词用“地”"_s});
    }
    const QJsonObject ruleObject = file.value(u"rules"_s).toObject();
    for (auto it = ruleObject.begin(); it != ruleObject.end(); ++it) {
        const QJsonObject o = it.value().toObject();
        RuleSetting &s = rules[it.key()];
        if (o.contains(u"enabled"_s))
            s.enabled = o.value(u"enabled"_s).toBool(true);
        if (const auto level = findingLevelFromKey(o.value(u"level"_s).toString()))
            s.level = level;
    }
    for (const QString &id : strings(file.value(u"disabled"_s)))
        rules[id].enabled = false;

    topicWords = {};
    for (const TopicSpec &topic : topics)
        for (const QStringList &group : topic.groups)
            for (const QString &word : group)
                if (!topicWords.contains(word))
                    topicWords.add(word, 0);
    confusableWords = {};
    for (qsizetype i = 0; i < confusables.size(); ++i)
        confusableWords.add(confusables.at(i).wrong, i);
}

bool Checklist::isEnabled(const QString &rule) const
{
    const auto it = rules.constFind(rule);
    return it == rules.cend() || it->enabled;
}

const PartSpec *Checklist::part(int number) const
{
    for (const PartSpec &p : parts)
        if (p.part == number)
            return &p;
    return nullptr;
}

const TopicSpec *Checklist::topic(const QString &id) const
{
    for (const TopicSpec &t : topics)
        if (t.id == id)
            return &t;
    return nullptr;
}

} // namespace fazhi

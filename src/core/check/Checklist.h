// SPDX-License-Identifier: GPL-3.0-or-later
// The checklist's data: heading variants of the five parts, topic keyword groups, which topics each unit
// kind must cover, confusable words with their context, superseded formulas, legitimate reduplications,
// and which rules an installation has switched off. Built in as resources/checklists/*.json; an
// installation adds its own files in paths::installationFolder("checklists"), merged after the built-in ones.
#pragma once

#include "check/Finding.h"
#include "check/TextScan.h"
#include "model/Unit.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QStringList>

#include <optional>

namespace fazhi {

/// How headings of one standard part are worded.
struct PartSpec
{
    int part = 0;
    QString name;          ///< canonical wording, for messages
    QStringList patterns;  ///< any of these in a heading names the part
};

/// An extra part (e.g. 工作亮点) and where its content belongs.
struct ExtraPartHint
{
    QStringList patterns;
    QString suggestion;
};

/// A topic the report must cover: keyword groups; it is covered when enough groups and keywords occur.
struct TopicSpec
{
    QString id;              ///< "topic.enforcement"
    QString name;            ///< Chinese
    QList<QStringList> groups;
    int minGroups = 1;
    int minHits = 2;
    QStringList requiredFor; ///< unit kind keys
    QString suggestion;
};

/// A word often written wrongly. `wrong` is flagged unless the text around it makes it part of a right word.
struct ConfusableEntry
{
    QString wrong;
    QString right;
    QStringList notBefore;   ///< not flagged when `wrong` is followed by one of these
    QStringList notAfter;    ///< not flagged when `wrong` is preceded by one of these
    QStringList onlyBefore;  ///< when set, flagged only when followed by one of these
    QString note;            ///< why, in Chinese
};

/// A formula or document superseded from `fromYear` on.
struct OutdatedEntry
{
    QStringList patterns;
    int fromYear = 0;
    QString replacement;
    QString message;
};

/// A function word whose doubling is a slip, with the longer words where the doubling is right.
struct DoubledChar
{
    QString text;
    QStringList exceptions;
};

struct RuleSetting
{
    bool enabled = true;
    std::optional<FindingLevel> level;
};

struct Checklist
{
    QList<PartSpec> parts;
    QList<ExtraPartHint> extraParts;
    QStringList reasonWords;
    QStringList leaderDutyWords;    ///< a sentence with one of these reports the leaders' duty (part 3)
    QList<TopicSpec> topics;
    QList<ConfusableEntry> confusables;
    QList<OutdatedEntry> outdated;
    QSet<QString> reduplications;   ///< AA and ABAB forms that are right
    QList<DoubledChar> doubledChars;
    /// Characters that stand alone before a word beginning with them without a slip (对|对象, 和|和谐).
    QString loneBeforeSame;
    /// Names that must be written exactly (习近平新时代中国特色社会主义思想, 法治政府建设实施纲要): a near miss is
    /// a slip. Also the names ICU cuts apart, whose doubled characters are no slip (学习|习|近平).
    QStringList officialNames;
    /// Term groups that mean the same in a problem and its measure (普法宣传, 法治宣传).
    QList<QStringList> synonyms;
    /// Words every problem uses (工作, 不足, 进一步): not key terms when a problem is matched with its measure.
    QSet<QString> termStopwords;
    QHash<QString, RuleSetting> rules;
    /// Every topic keyword once, and the confusables' wrong forms (by index into `confusables`), indexed
    /// by first character; built by merge().
    scan::WordIndex topicWords;
    scan::WordIndex confusableWords;

    /// The built-in checklist plus the installation's own files; loaded once.
    static const Checklist &builtin();
    /// Parses and merges files' JSON in order. Throws Failure(Input) on malformed JSON.
    static Checklist fromJson(const QList<QByteArray> &files);
    /// Adds one file's content: lists are appended, rule settings override.
    void merge(const QJsonObject &file);

    bool isEnabled(const QString &rule) const;
    const PartSpec *part(int number) const;
    const TopicSpec *topic(const QString &id) const;
};

} // namespace fazhi

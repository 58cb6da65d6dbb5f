// SPDX-License-Identifier: GPL-3.0-or-later
// Review and sign-off: people and roles, frozen versions, anchored comments, audit entries.
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace fazhi {

enum class Role { Drafter, Reviewer, Signer, Admin };

QString roleKey(Role role);   ///< "drafter", "reviewer", "signer", "admin" (stable, stored)
Role roleFromKey(const QString &key, bool *ok = nullptr);
QString roleLabel(Role role); ///< 起草人, 审核人, 签发人, 管理员

struct RoleGrant
{
    qint64 unitId = 0;
    Role role = Role::Drafter;
};

/// Someone who drafts, reviews, signs or administers; roles are per unit.
struct Person
{
    qint64 id = 0;
    QString name;
    qint64 unitId = 0;
    bool hasPassword = false;
    QList<RoleGrant> roles;
};

/// A report frozen whole (text, headings, metrics, problems) in the lossless Markdown form.
struct ReportVersion
{
    enum class Kind { Submission, Named, BeforeRestore };
    qint64 id = 0;
    qint64 reportId = 0;
    int number = 0;
    QString name;
    Kind kind = Kind::Named;
    QString author;
    QStringList editors; ///< who changed the content in the round this version closes
    QDateTime createdAt;
    QString content;
};

QString versionKindKey(ReportVersion::Kind kind);
ReportVersion::Kind versionKindFromKey(const QString &key);
QString versionKindLabel(ReportVersion::Kind kind); ///< 报送版本, 命名版本, 恢复前自动保存

/// A reviewer's remark on words of a section, or a reply to another comment.
struct Comment
{
    enum class Status { Open, Resolved };
    qint64 id = 0;
    qint64 reportId = 0;
    qint64 sectionId = 0; ///< 0 for a remark on the whole report
    qint64 parentId = 0;  ///< the comment this one answers, 0 for a thread's first
    QString author;
    QString quote;        ///< the anchored words
    QString prefix;       ///< up to kContext characters before them when anchored
    QString suffix;       ///< and after
    int start = -1;       ///< offset of the quote in the section body; -1 when orphaned or unanchored
    QString body;
    Status status = Status::Open;
    QDateTime createdAt;
    QDateTime resolvedAt;

    static constexpr int kContext = 24;
    bool isOrphaned() const { return sectionId > 0 && !quote.isEmpty() && start < 0; }
};

/// A change a reviewer made in Word with change tracking on, brought back by importing the document: the
/// drafter accepts it (the words are changed) or rejects it (they stay).
struct Suggestion
{
    enum class Status { Open, Accepted, Rejected };
    /// What the change is in: a section's body or heading, a report field, or a place it cannot be applied to
    /// automatically (the signature block, the date, across sections).
    enum class Target { Body, Heading, Title, Addressee, Opening, Note, Other };
    qint64 id = 0;
    qint64 reportId = 0;
    qint64 sectionId = 0; ///< Body, Heading; 0 otherwise
    Target target = Target::Body;
    int start = 0;        ///< offset in the target's text (Markdown for Body and Opening) where oldText begins
    QString oldText;      ///< the words removed; empty for an insertion
    QString newText;      ///< the words put in; empty for a deletion
    QString prefix;       ///< up to Comment::kContext characters before, when imported
    QString suffix;       ///< and after oldText
    QString author;       ///< who made the change in Word
    QDateTime madeAt;     ///< when, as Word recorded it
    QString source;       ///< the file's name
    Status status = Status::Open;
    QString decidedBy;
    QDateTime decidedAt;
    QDateTime createdAt;

    bool isInsertion() const { return oldText.isEmpty(); }
    bool isDeletion() const { return newText.isEmpty(); }
};

QString suggestionStatusKey(Suggestion::Status status);   ///< "open", "accepted", "rejected"
Suggestion::Status suggestionStatusFromKey(const QString &key);
QString suggestionTargetKey(Suggestion::Target target);   ///< "body", "heading", "title", …
Suggestion::Target suggestionTargetFromKey(const QString &key);

/// One line of the audit trail.
struct AuditEntry
{
    qint64 id = 0;
    QDateTime at; ///< UTC
    QString person;
    qint64 reportId = 0;
    QString action; ///< submit, return, approve, publish, reopen, comment, resolve, version-save, restore, import, delete
    int version = 0;
    QString detail;
    QString prevHash;
    QString hash;
};

} // namespace fazhi

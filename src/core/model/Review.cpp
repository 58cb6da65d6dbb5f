// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/Review.h"

#include "model/KeyTable.h"

using namespace Qt::StringLiterals;

namespace fazhi {

namespace {

constexpr std::array<std::pair<Role, QStringView>, 4> kRoles{{
    {Role::Drafter, u"drafter"},
    {Role::Reviewer, u"reviewer"},
    {Role::Signer, u"signer"},
    {Role::Admin, u"admin"},
}};

constexpr std::array<std::pair<Role, QStringView>, 4> kRoleLabels{{
    {Role::Drafter, u"起草人"},
    {Role::Reviewer, u"审核人"},
    {Role::Signer, u"签发人"},
    {Role::Admin, u"管理员"},
}};

constexpr std::array<std::pair<ReportVersion::Kind, QStringView>, 3> kVersionKinds{{
    {ReportVersion::Kind::Named, u"named"},
    {ReportVersion::Kind::Submission, u"submission"},
    {ReportVersion::Kind::BeforeRestore, u"before-restore"},
}};

constexpr std::array<std::pair<ReportVersion::Kind, QStringView>, 3> kVersionLabels{{
    {ReportVersion::Kind::Named, u"命名版本"},
    {ReportVersion::Kind::Submission, u"报送版本"},
    {ReportVersion::Kind::BeforeRestore, u"恢复前自动保存"},
}};

constexpr std::array<std::pair<Suggestion::Status, QStringView>, 3> kSuggestionStatuses{{
    {Suggestion::Status::Open, u"open"},
    {Suggestion::Status::Accepted, u"accepted"},
    {Suggestion::Status::Rejected, u"rejected"},
}};

constexpr std::array<std::pair<Suggestion::Target, QStringView>, 7> kSuggestionTargets{{
    {Suggestion::Target::Body, u"body"},
    {Suggestion::Target::Heading, u"heading"},
    {Suggestion::Target::Title, u"title"},
    {Suggestion::Target::Addressee, u"addressee"},
    {Suggestion::Target::Opening, u"opening"},
    {Suggestion::Target::Note, u"note"},
    {Suggestion::Target::Other, u"other"},
}};

} // namespace

QString suggestionStatusKey(Suggestion::Status status) { return keyOf(kSuggestionStatuses, status); }
Suggestion::Status suggestionStatusFromKey(const QString &key) { return fromKey(kSuggestionStatuses, key, nullptr); }
QString suggestionTargetKey(Suggestion::Target target) { return keyOf(kSuggestionTargets, target); }
Suggestion::Target suggestionTargetFromKey(const QString &key) { return fromKey(kSuggestionTargets, key, nullptr); }

QString roleKey(Role role) { return keyOf(kRoles, role); }

Role roleFromKey(const QString &key, bool *ok)
{
    // The stored key, or the Chinese name a clerk types.
    bool found = false;
    const QString k = key.trimmed().toLower();
    Role role = fromKey(kRoles, k, &found);
    if (!found)
        role = fromKey(kRoleLabels, k, &found);
    if (ok)
        *ok = found;
    return role;
}

QString roleLabel(Role role) { return keyOf(kRoleLabels, role); }

QString versionKindKey(ReportVersion::Kind kind) { return keyOf(kVersionKinds, kind); }
ReportVersion::Kind versionKindFromKey(const QString &key) { return fromKey(kVersionKinds, key, nullptr); }
QString versionKindLabel(ReportVersion::Kind kind) { return keyOf(kVersionLabels, kind); }

} // namespace fazhi

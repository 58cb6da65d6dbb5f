// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/Review.h"

using namespace Qt::StringLiterals;

namespace fazhi {

QString roleKey(Role role)
{
    switch (role) {
    case Role::Drafter:
        return u"drafter"_s;
    case Role::Reviewer:
        return u"reviewer"_s;
    case Role::Signer:
        return u"signer"_s;
    case Role::Admin:
        return u"admin"_s;
    }
    return u"drafter"_s;
}

Role roleFromKey(const QString &key, bool *ok)
{
    const QString k = key.trimmed().toLower();
    bool found = true;
    Role role = Role::Drafter;
    if (k == u"drafter"_s || k == u"起草人"_s)
        role = Role::Drafter;
    else if (k == u"reviewer"_s || k == u"审核人"_s)
        role = Role::Reviewer;
    else if (k == u"signer"_s || k == u"签发人"_s)
        role = Role::Signer;
    else if (k == u"admin"_s || k == u"管理员"_s)
        role = Role::Admin;
    else
        found = false;
    if (ok)
        *ok = found;
    return role;
}

QString roleLabel(Role role)
{
    switch (role) {
    case Role::Drafter:
        return u"起草人"_s;
    case Role::Reviewer:
        return u"审核人"_s;
    case Role::Signer:
        return u"签发人"_s;
    case Role::Admin:
        return u"管理员"_s;
    }
    return {};
}

QString versionKindKey(ReportVersion::Kind kind)
{
    switch (kind) {
    case ReportVersion::Kind::Submission:
        return u"submission"_s;
    case ReportVersion::Kind::Named:
        return u"named"_s;
    case ReportVersion::Kind::BeforeRestore:
        return u"before-restore"_s;
    }
    return u"named"_s;
}

ReportVersion::Kind versionKindFromKey(const QString &key)
{
    if (key == u"submission"_s)
        return ReportVersion::Kind::Submission;
    if (key == u"before-restore"_s)
        return ReportVersion::Kind::BeforeRestore;
    return ReportVersion::Kind::Named;
}

QString versionKindLabel(ReportVersion::Kind kind)
{
    switch (kind) {
    case ReportVersion::Kind::Submission:
        return u"报送版本"_s;
    case ReportVersion::Kind::Named:
        return u"命名版本"_s;
    case ReportVersion::Kind::BeforeRestore:
        return u"恢复前自动保存"_s;
    }
    return {};
}

} // namespace fazhi

// SPDX-License-Identifier: GPL-3.0-or-later
// Stable keys and Chinese labels of the model's enumerations.
#include "model/KeyTable.h"
#include "model/Metric.h"
#include "model/Problem.h"
#include "model/Report.h"
#include "model/Unit.h"

#include <QCoreApplication>

#include <array>
#include <utility>

using namespace Qt::StringLiterals;

namespace fazhi {

namespace {

constexpr std::array<std::pair<UnitKind, QStringView>, 4> kUnitKinds{{
    {UnitKind::Government, u"government"},
    {UnitKind::Department, u"department"},
    {UnitKind::Township, u"township"},
    {UnitKind::Other, u"other"},
}};

constexpr std::array<std::pair<ReportStatus, QStringView>, 5> kStatuses{{
    {ReportStatus::Draft, u"draft"},
    {ReportStatus::Submitted, u"submitted"},
    {ReportStatus::Returned, u"returned"},
    {ReportStatus::Approved, u"approved"},
    {ReportStatus::Published, u"published"},
}};

constexpr std::array<std::pair<MetricKind, QStringView>, 4> kMetricKinds{{
    {MetricKind::Count, u"count"},
    {MetricKind::Rate, u"rate"},
    {MetricKind::Money, u"money"},
    {MetricKind::People, u"people"},
}};

constexpr std::array<std::pair<Approx, QStringView>, 3> kApprox{{
    {Approx::Exact, u"exact"},
    {Approx::MoreThan, u"more-than"},
    {Approx::About, u"about"},
}};

constexpr std::array<std::pair<ProblemStatus, QStringView>, 3> kProblemStatuses{{
    {ProblemStatus::Open, u"open"},
    {ProblemStatus::InProgress, u"in-progress"},
    {ProblemStatus::Rectified, u"rectified"},
}};

} // namespace

QString unitKindKey(UnitKind kind) { return keyOf(kUnitKinds, kind); }
UnitKind unitKindFromKey(const QString &key, bool *ok) { return fromKey(kUnitKinds, key, ok); }

QString unitKindLabel(UnitKind kind)
{
    switch (kind) {
    case UnitKind::Government: return u"政府"_s;
    case UnitKind::Department: return u"部门"_s;
    case UnitKind::Township: return u"乡镇（街道）"_s;
    case UnitKind::Other: return u"其他"_s;
    }
    return {};
}

UnitKind guessUnitKind(const QString &fullName)
{
    const QString name = fullName.trimmed();
    // A township signs as its party committee and its government: the township word decides first.
    if (name.contains(u"镇") || name.contains(u"乡人民政府") || name.contains(u"街道") || name.endsWith(u"乡"))
        return UnitKind::Township;
    if (name.endsWith(u"人民政府") || name.endsWith(u"政府"))
        return UnitKind::Government;
    static const QStringView departmentEndings[] = {u"局", u"委员会", u"委", u"办公室", u"办", u"厅", u"中心", u"署"};
    for (QStringView ending : departmentEndings)
        if (name.endsWith(ending))
            return UnitKind::Department;
    return UnitKind::Other;
}

QString reportStatusKey(ReportStatus status) { return keyOf(kStatuses, status); }
ReportStatus reportStatusFromKey(const QString &key, bool *ok) { return fromKey(kStatuses, key, ok); }

QString reportStatusLabel(ReportStatus status)
{
    switch (status) {
    case ReportStatus::Draft: return u"草稿"_s;
    case ReportStatus::Submitted: return u"已报送"_s;
    case ReportStatus::Returned: return u"已退回"_s;
    case ReportStatus::Approved: return u"已审核"_s;
    case ReportStatus::Published: return u"已公开"_s;
    }
    return {};
}

QString metricKindKey(MetricKind kind) { return keyOf(kMetricKinds, kind); }
MetricKind metricKindFromKey(const QString &key, bool *ok) { return fromKey(kMetricKinds, key, ok); }
QString approxKey(Approx approx) { return keyOf(kApprox, approx); }
Approx approxFromKey(const QString &key, bool *ok) { return fromKey(kApprox, key, ok); }

QString problemStatusKey(ProblemStatus status) { return keyOf(kProblemStatuses, status); }
ProblemStatus problemStatusFromKey(const QString &key, bool *ok) { return fromKey(kProblemStatuses, key, ok); }

QString problemStatusLabel(ProblemStatus status)
{
    switch (status) {
    case ProblemStatus::Open: return u"未整改"_s;
    case ProblemStatus::InProgress: return u"整改中"_s;
    case ProblemStatus::Rectified: return u"已整改"_s;
    }
    return {};
}

} // namespace fazhi

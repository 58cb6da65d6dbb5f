// SPDX-License-Identifier: GPL-3.0-or-later
// Drafting mistakes a careful reviewer catches (issue 17): years that contradict the report year, figures
// that contradict themselves, confusable characters in context, superseded documents in any dash form;
// and the correct wording next to each, which must stay quiet.
#include "CheckFixtures.h"

using namespace fazhi;
using namespace fazhi::test;
using namespace Qt::StringLiterals;

namespace {

QStringList fixesOf(const QList<Finding> &findings)
{
    QStringList fixes;
    for (const Finding &f : findings)
        fixes.append(f.fix.value_or(QString()));
    return fixes;
}

} // namespace

TEST_CASE("lint.confusable: 已/己/巳, 作/做, 权力/权利, 法治/法制 with their context", "[check][quality]")
{
    const auto confusable = [](const QString &text) { return lintParagraph(text, u"lint.confusable"_s); };
    CHECK(fixesOf(confusable(u"上述问题己全部整改到位。"_s)) == QStringList{u"已"_s});
    CHECK(fixesOf(confusable(u"相关工作巳完成。"_s)) == QStringList{u"已"_s});
    CHECK(fixesOf(confusable(u"领导干部要严于律已。"_s)) == QStringList{u"律己"_s});
    CHECK(fixesOf(confusable(u"切实作好行政复议应诉工作。"_s)) == QStringList{u"做好"_s});
    CHECK(fixesOf(confusable(u"对违法行为依法做出行政处罚。"_s)) == QStringList{u"作出行政处罚"_s});
    CHECK(fixesOf(confusable(u"动态调整权利清单和责任清单。"_s)) == QStringList{u"权力清单"_s});
    CHECK(fixesOf(confusable(u"严格落实重大执法决定法治审核制度。"_s)) == QStringList{u"法制审核"_s});
    CHECK(fixesOf(confusable(u"深入开展法制宣传教育。"_s)) == QStringList{u"法治宣传教育"_s});
    CHECK(fixesOf(confusable(u"受理矛盾纠分56件。"_s)) == QStringList{u"矛盾纠纷"_s});

    // The right words, and the words where the character is right.
    for (const QString &right : {u"以人民满意为己任，严于律己，推己及人。"_s, u"同志们要求自己做到。"_s,
                                 u"做好工作，作出部署，工作好坏由群众评判。"_s, u"依法保障公民权利，规范权力运行。"_s,
                                 u"重大执法决定法制审核率100%，法治宣传教育覆盖全区。"_s, u"2025年为乙巳年。"_s}) {
        INFO(right.toStdString());
        CHECK(confusable(right).isEmpty());
    }
}

TEST_CASE("lint.outdated: a superseded plan is found whatever dash or bracket its period is written with",
          "[check][quality]")
{
    for (const QString &cited : {u"《法治政府建设实施纲要（2015—2020年）》"_s, u"《法治政府建设实施纲要(2015-2020年)》"_s,
                                 u"《法治政府建设实施纲要（2015～2020年）》"_s, u"《法治政府建设实施纲要（2015至2020年）》"_s,
                                 u"《法治政府建设实施纲要（2015–2020年）》"_s}) {
        INFO(cited.toStdString());
        CHECK(lintParagraph(u"认真贯彻落实"_s + cited + u"。"_s, u"lint.outdated"_s, 2025).size() == 1);
        // Current in its own years.
        CHECK(lintParagraph(u"认真贯彻落实"_s + cited + u"。"_s, u"lint.outdated"_s, 2019).isEmpty());
    }
    CHECK(lintParagraph(u"深入学习贯彻党的十九大精神。"_s, u"lint.outdated"_s, 2024).size() == 1);
    CHECK(lintParagraph(u"认真贯彻《中华人民共和国民法典》和“八五”普法规划。"_s, u"lint.outdated"_s, 2025).isEmpty());
}

TEST_CASE("lint.number.fullwidth: full-width digits inside a number", "[check][quality]")
{
    const QList<Finding> found = lintParagraph(u"主动公开政府信息１５６条，办理案件2０件。"_s, u"lint.number.fullwidth"_s);
    CHECK(fixesOf(found) == QStringList{u"156"_s, u"20"_s});
    CHECK(lintParagraph(u"主动公开政府信息156条。"_s, u"lint.number.fullwidth"_s).isEmpty());
}

TEST_CASE("lint.number.sum: a breakdown that adds up to more than its total", "[check][quality]")
{
    const QList<Finding> found =
        lintParagraph(u"全年共办理行政复议案件45件，其中维持30件、撤销12件、确认违法6件。"_s, u"lint.number.sum"_s);
    REQUIRE(found.size() == 1);
    CHECK(found.first().message.contains(u"48"_s));
    // A breakdown that leaves some out, shares, and a nested breakdown are not contradictions.
    for (const QString &fine : {u"全年共办理行政复议案件45件，其中维持30件、撤销12件。"_s,
                                u"共办理案件65件，其中行政处罚40件。"_s,
                                u"共受理申请120件，其中网上办理100件，其中当日办结90件。"_s}) {
        INFO(fine.toStdString());
        CHECK(lintParagraph(fine, u"lint.number.sum"_s).isEmpty());
    }
}

TEST_CASE("lint.number.rate: a rate against its own numerator and denominator", "[check][quality]")
{
    const QList<Finding> found =
        lintParagraph(u"受理行政许可申请1200件，办结1150件，办结率98.5%。"_s, u"lint.number.rate"_s);
    REQUIRE(found.size() == 1);
    CHECK(found.first().message.contains(u"95.8"_s));
    CHECK(lintParagraph(u"受理行政许可申请1200件，办结1150件，办结率95.8%。"_s, u"lint.number.rate"_s).isEmpty());
    CHECK(lintParagraph(u"受理行政许可申请1200件，办结1150件，办结率96%。"_s, u"lint.number.rate"_s).isEmpty());
    CHECK(lintParagraph(u"调解矛盾纠纷412件，调解成功率98.5%。"_s, u"lint.number.rate"_s).isEmpty());
}

TEST_CASE("year.consistency: part 1 and the lead-in name the report year, comparisons stay quiet", "[check][quality]")
{
    CHECK(lintParagraph(u"2024年，局党组每季度听取一次法治工作汇报。"_s, u"year.consistency"_s).size() == 1);
    CHECK(lintParagraph(u"2025年，局党组每季度听取一次法治工作汇报。"_s, u"year.consistency"_s).isEmpty());
    CHECK(lintParagraph(u"全年办案120件。2024年，全局办案数为100件，同比增长20%。"_s, u"year.consistency"_s).isEmpty());
    CHECK(lintParagraph(u"2019年以来，累计培训执法人员3000人次。"_s, u"year.consistency"_s).isEmpty());

    DocBuilder b;
    b.standardParts();
    b.doc().report.opening = u"2025年，我局坚持依法行政，2024年法治政府建设情况报告如下："_s;
    const QList<Finding> found = findingsOf(runCheck(b.build()), u"year.consistency"_s);
    REQUIRE(found.size() == 1);
    CHECK(found.first().fix == u"2025"_s);
}

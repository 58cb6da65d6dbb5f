// SPDX-License-Identifier: GPL-3.0-or-later
// The core's labels in the interface go through the translation catalogue: the English interface shows them
// in English, the Chinese one in Chinese.
#include "GuiTestSupport.h"

#include "ChecklistDock.h"
#include "CoreLabels.h"
#include "EditCommands.h"
#include "ProblemsTab.h"
#include "UnitsDock.h"

#include <QComboBox>
#include <QRegularExpression>
#include <QTreeWidget>
#include <QTranslator>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace fazhi;
using namespace fazhi::test;

namespace {

bool hasHan(const QString &text)
{
    static const QRegularExpression han(u"\\p{Han}"_s);
    return han.match(text).hasMatch();
}

} // namespace

TEST_CASE("In English the labels the core supplies (kinds, statuses, levels, parts) are English",
          "[gui][labels]")
{
    // The suite's application installs no catalogue: this is the English interface.
    Workspace ws;
    ws.openDemoReport();
    ReportSession &s = ws.session();
    Problem p;
    p.text = u"执法人员培训不足"_s;
    p.position = int(s.document().problems.size());
    s.undoStack()->push(new AddRemoveProblemCommand(&s, p, false));
    ws.window->checklist()->checkNow();

    QStringList labels;
    QTreeWidget *units = ws.window->unitsDock();
    for (int i = 0; i < units->topLevelItemCount(); ++i) {
        labels << units->topLevelItem(i)->toolTip(0); // unit kinds (the reports' tooltips are their titles)
        for (int c = 0; c < units->topLevelItem(i)->childCount(); ++c)
            labels << units->topLevelItem(i)->child(c)->text(1); // report statuses
    }
    auto *tree = ws.window->checklist()->findChild<QTreeWidget *>(u"findingsTree"_s);
    REQUIRE(tree);
    REQUIRE(tree->topLevelItemCount() > 0);
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        labels << tree->topLevelItem(i)->text(0); // levels
        for (int c = 0; c < tree->topLevelItem(i)->childCount(); ++c)
            labels << tree->topLevelItem(i)->child(c)->text(0); // parts
    }
    for (QComboBox *combo : ws.window->findChildren<QComboBox *>())
        if (combo->objectName() == u"statusCombo"_s || combo->accessibleName() == u"Status"_s)
            for (int i = 0; i < combo->count(); ++i)
                labels << combo->itemText(i); // report and problem statuses
    labels.removeAll(QString());
    labels.removeDuplicates();
    INFO(labels.join(u" | "_s).toStdString());
    CHECK(labels.size() >= 10);
    for (const QString &label : std::as_const(labels))
        CHECK_FALSE(hasHan(label));
    CHECK(labels.contains(u"Draft"_s));
    CHECK(labels.contains(u"Not rectified"_s));
}

TEST_CASE("In Chinese the same labels read as the core's own Chinese labels", "[gui][labels]")
{
    QTranslator translator;
    REQUIRE(translator.load(u"fazhi_zh_CN"_s, u":/i18n"_s));
    QCoreApplication::installTranslator(&translator);
    for (ReportStatus st : {ReportStatus::Draft, ReportStatus::Submitted, ReportStatus::Returned,
                            ReportStatus::Approved, ReportStatus::Published})
        CHECK(CoreLabels::reportStatus(st) == reportStatusLabel(st));
    for (ProblemStatus st : {ProblemStatus::Open, ProblemStatus::InProgress, ProblemStatus::Rectified})
        CHECK(CoreLabels::problemStatus(st) == problemStatusLabel(st));
    for (UnitKind k : {UnitKind::Government, UnitKind::Department, UnitKind::Township, UnitKind::Other})
        CHECK(CoreLabels::unitKind(k) == unitKindLabel(k));
    for (FindingLevel l : {FindingLevel::Error, FindingLevel::Warning, FindingLevel::Info})
        CHECK(CoreLabels::findingLevel(l) == findingLevelLabel(l));
    for (Role r : {Role::Drafter, Role::Reviewer, Role::Signer, Role::Admin})
        CHECK(CoreLabels::role(r) == roleLabel(r));
    for (int part = 0; part <= 5; ++part)
        CHECK(hasHan(CoreLabels::part(part)));
    QCoreApplication::removeTranslator(&translator);
}

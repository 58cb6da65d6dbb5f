// SPDX-License-Identifier: GPL-3.0-or-later
#include "Actions.h"

#include <QAction>
#include <QActionGroup>
#include <QMainWindow>
#include <QMenuBar>
#include <QStyle>
#include <QToolBar>

using namespace Qt::StringLiterals;

namespace fazhi {

namespace {

QAction *make(QObject *parent, const QString &name, const QString &text, const QList<QKeySequence> &keys = {},
              QStyle::StandardPixmap icon = QStyle::SP_CustomBase)
{
    auto *a = new QAction(text, parent);
    a->setObjectName(name);
    if (!keys.isEmpty()) {
        a->setShortcuts(keys);
        a->setShortcutContext(Qt::WindowShortcut);
    }
    if (icon != QStyle::SP_CustomBase)
        if (auto *w = qobject_cast<QMainWindow *>(parent))
            a->setIcon(w->style()->standardIcon(icon));
    return a;
}

} // namespace

Actions::Actions(QMainWindow *w) : QObject(w)
{
    newReport = make(w, u"newReport"_s, tr("&New report…"), {QKeySequence::New}, QStyle::SP_FileIcon);
    newUnit = make(w, u"newUnit"_s, tr("New &unit…"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U)});
    openReport = make(w, u"openReport"_s, tr("&Open selected report"), {QKeySequence::Open}, QStyle::SP_DialogOpenButton);
    importReport = make(w, u"importReport"_s, tr("&Import a report file…"), {QKeySequence(Qt::CTRL | Qt::Key_I)});
    importFolder = make(w, u"importFolder"_s, tr("Import a &folder of reports…"),
                        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I)});
    connectDatabase = make(w, u"connectDatabase"_s, tr("&Database or server…"));
    save = make(w, u"save"_s, tr("&Save"), {QKeySequence::Save}, QStyle::SP_DialogSaveButton);
    save->setToolTip(tr("Changes are saved as you type; this writes any pending change at once"));
    exportReport = make(w, u"exportReport"_s, tr("&Export…"), {QKeySequence(Qt::CTRL | Qt::Key_E)});
    quit = make(w, u"quit"_s, tr("E&xit"), {QKeySequence(Qt::CTRL | Qt::Key_Q)});
    quit->setMenuRole(QAction::QuitRole);

    undo = make(w, u"undo"_s, tr("&Undo"), {QKeySequence(Qt::CTRL | Qt::Key_Z)});
    redo = make(w, u"redo"_s, tr("&Redo"), {QKeySequence(Qt::CTRL | Qt::Key_Y), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)});
    find = make(w, u"find"_s, tr("&Find and replace…"), {QKeySequence(Qt::CTRL | Qt::Key_F), QKeySequence(Qt::CTRL | Qt::Key_H)});
    addSubsection = make(w, u"addSubsection"_s, tr("&Add subsection"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N)});
    deleteSubsection = make(w, u"deleteSubsection"_s, tr("&Delete subsection"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Delete)});
    moveUp = make(w, u"moveUp"_s, tr("Move subsection &up"), {QKeySequence(Qt::ALT | Qt::SHIFT | Qt::Key_Up)});
    moveDown = make(w, u"moveDown"_s, tr("Move subsection do&wn"), {QKeySequence(Qt::ALT | Qt::SHIFT | Qt::Key_Down)});

    showPreview = make(w, u"showPreview"_s, tr("&Preview"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P)});
    showPreview->setCheckable(true);
    showPreview->setChecked(true);
    checkNow = make(w, u"checkNow"_s, tr("&Check now"), {QKeySequence(Qt::Key_F7)});
    writeTab = make(w, u"writeTab"_s, tr("&Write"), {QKeySequence(Qt::CTRL | Qt::Key_1)});
    metricsTab = make(w, u"metricsTab"_s, tr("&Metrics"), {QKeySequence(Qt::CTRL | Qt::Key_2)});
    problemsTab = make(w, u"problemsTab"_s, tr("P&roblems"), {QKeySequence(Qt::CTRL | Qt::Key_3)});
    languageChinese = make(w, u"languageChinese"_s, u"简体中文"_s);
    languageEnglish = make(w, u"languageEnglish"_s, u"English"_s);
    auto *languages = new QActionGroup(this);
    for (QAction *a : {languageChinese, languageEnglish}) {
        a->setCheckable(true);
        languages->addAction(a);
    }
    about = make(w, u"about"_s, tr("&About Fazhi Report Studio"));
    about->setMenuRole(QAction::AboutRole);
}

void Actions::populate(QMainWindow *w, QMenu *viewDocks)
{
    QMenuBar *bar = w->menuBar();
    QMenu *file = bar->addMenu(tr("&File"));
    file->addActions({newReport, newUnit, openReport, importReport, importFolder});
    file->addSeparator();
    file->addActions({save, exportReport});
    file->addSeparator();
    file->addAction(connectDatabase);
    file->addSeparator();
    file->addAction(quit);

    QMenu *edit = bar->addMenu(tr("&Edit"));
    edit->addActions({undo, redo});
    edit->addSeparator();
    edit->addAction(find);
    edit->addSeparator();
    edit->addActions({addSubsection, deleteSubsection, moveUp, moveDown});

    QMenu *view = bar->addMenu(tr("&View"));
    view->addActions({writeTab, metricsTab, problemsTab});
    view->addSeparator();
    view->addAction(showPreview);
    if (viewDocks)
        view->addMenu(viewDocks);
    view->addSeparator();
    QMenu *language = view->addMenu(tr("&Language"));
    language->addActions({languageChinese, languageEnglish});

    QMenu *check = bar->addMenu(tr("&Check"));
    check->addAction(checkNow);

    QMenu *help = bar->addMenu(tr("&Help"));
    help->addAction(about);

    QToolBar *tools = w->addToolBar(tr("Main toolbar"));
    tools->setObjectName(u"mainToolbar"_s);
    tools->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    tools->addActions({newReport, importReport, save, exportReport});
    tools->addSeparator();
    tools->addActions({undo, redo, find});
    tools->addSeparator();
    tools->addActions({addSubsection, moveUp, moveDown});
    tools->addSeparator();
    tools->addAction(checkNow);
}

} // namespace fazhi

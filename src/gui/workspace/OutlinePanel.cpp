// SPDX-License-Identifier: GPL-3.0-or-later
#include "OutlinePanel.h"

#include "Dialogs.h"
#include "EditCommands.h"
#include "ReportSession.h"

#include <QDropEvent>
#include <QHeaderView>
#include <QUndoStack>

namespace fazhi {

namespace {
constexpr int kIdRole = Qt::UserRole;
}

OutlinePanel::OutlinePanel(QWidget *parent) : QTreeWidget(parent)
{
    setHeaderHidden(true);
    setColumnCount(1);
    setDragDropMode(QAbstractItemView::InternalMove);
    setDefaultDropAction(Qt::MoveAction);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setAccessibleName(tr("Outline"));
    setWordWrap(false);
    setTextElideMode(Qt::ElideRight);
    connect(this, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        if (!m_rebuilding && item)
            emit sectionActivated(item->data(0, kIdRole).toLongLong());
    });
}

void OutlinePanel::setSession(ReportSession *session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (session) {
        connect(session, &ReportSession::structureChanged, this, &OutlinePanel::rebuild);
        // A heading typed changes one item's text; only a change of structure renumbers.
        connect(session, &ReportSession::sectionHeadingChanged, this, [this](qint64 id) {
            QTreeWidgetItem *item = itemFor(id);
            const Section *s = m_session ? m_session->section(id) : nullptr;
            if (!item || !s) {
                rebuild();
                return;
            }
            const QString label = m_session->numberLabel(id) + s->heading;
            item->setText(0, label);
            item->setToolTip(0, label);
        });
        connect(session, &ReportSession::reportFieldsChanged, this, [this] {
            if (QTreeWidgetItem *top = itemFor(kReportFields); top && m_session)
                top->setText(0, fieldsLabel());
        });
    }
    rebuild();
}

void OutlinePanel::rebuild()
{
    const qint64 current = currentSectionId();
    m_rebuilding = true;
    clear();
    if (m_session) {
        const ReportDocument &doc = m_session->document();
        auto *fields = new QTreeWidgetItem(this, {fieldsLabel()});
        fields->setData(0, kIdRole, kReportFields);
        fields->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        fields->setToolTip(0, tr("Title, addressee, opening, signature and date"));
        QTreeWidgetItem *partItem = nullptr;
        for (const Section &s : doc.sections) {
            const QString label = m_session->numberLabel(s.id) + s.heading;
            if (s.isPart()) {
                partItem = new QTreeWidgetItem(this, {label});
                partItem->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDropEnabled);
                partItem->setExpanded(true);
                QFont bold = partItem->font(0);
                bold.setBold(true);
                partItem->setFont(0, bold);
            } else if (partItem) {
                auto *sub = new QTreeWidgetItem(partItem, {label});
                sub->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled);
                sub->setData(0, kIdRole, s.id);
                sub->setToolTip(0, label);
                continue;
            }
            partItem->setData(0, kIdRole, s.id);
            partItem->setToolTip(0, label);
        }
        expandAll();
    }
    if (QTreeWidgetItem *item = itemFor(current))
        setCurrentItem(item);
    m_rebuilding = false;
}

QString OutlinePanel::fieldsLabel() const
{
    const QString &title = m_session->document().report.title;
    return title.isEmpty() ? tr("Title and addressee") : title;
}

QTreeWidgetItem *OutlinePanel::itemFor(qint64 id) const
{
    if (id == 0)
        return nullptr;
    QTreeWidgetItemIterator it(const_cast<OutlinePanel *>(this));
    for (; *it; ++it)
        if ((*it)->data(0, kIdRole).toLongLong() == id)
            return *it;
    return nullptr;
}

qint64 OutlinePanel::currentSectionId() const
{
    return currentItem() ? currentItem()->data(0, kIdRole).toLongLong() : 0;
}

void OutlinePanel::selectSection(qint64 id)
{
    if (QTreeWidgetItem *item = itemFor(id)) {
        setCurrentItem(item);
        scrollToItem(item);
    }
}

QStringList OutlinePanel::labels() const
{
    QStringList out;
    QTreeWidgetItemIterator it(const_cast<OutlinePanel *>(this));
    for (; *it; ++it)
        if ((*it)->data(0, kIdRole).toLongLong() != kReportFields)
            out << (*it)->text(0);
    return out;
}

void OutlinePanel::startDrag(Qt::DropActions supportedActions)
{
    if (currentItem() && currentItem()->parent())
        QTreeWidget::startDrag(supportedActions);
}

void OutlinePanel::dropEvent(QDropEvent *event)
{
    QTreeWidgetItem *dragged = currentItem();
    QTreeWidgetItem *target = itemAt(event->position().toPoint());
    event->setDropAction(Qt::IgnoreAction);
    event->accept();
    if (!dragged || !dragged->parent() || !target || !m_session)
        return;
    qint64 parentId = 0;
    int position = 0;
    if (!target->parent()) { // dropped on a part: becomes its last subsection
        if (target->data(0, kIdRole).toLongLong() == kReportFields)
            return;
        parentId = target->data(0, kIdRole).toLongLong();
        position = target->childCount();
        if (target == dragged->parent())
            --position;
    } else {
        parentId = target->parent()->data(0, kIdRole).toLongLong();
        position = target->parent()->indexOfChild(target);
        if (dropIndicatorPosition() == QAbstractItemView::BelowItem)
            ++position;
        if (target->parent() == dragged->parent() && dragged->parent()->indexOfChild(dragged) < position)
            --position;
    }
    move(dragged->data(0, kIdRole).toLongLong(), parentId, qMax(0, position));
}

void OutlinePanel::move(qint64 id, qint64 parentId, int position)
{
    const Section *s = m_session->section(id);
    if (!s || (s->parentId == parentId && s->position == position))
        return;
    m_session->undoStack()->push(new MoveSubsectionCommand(m_session, id, parentId, position));
    selectSection(id);
}

void OutlinePanel::addSubsection()
{
    if (!m_session)
        return;
    qint64 id = currentSectionId();
    const Section *s = m_session->section(id);
    if (!s) { // nothing or the report fields selected: add to part one
        for (const Section &p : m_session->document().sections)
            if (p.isPart()) {
                s = m_session->section(p.id);
                break;
            }
    }
    if (!s)
        return;
    const qint64 partId = s->isPart() ? s->id : s->parentId;
    int position = 0;
    for (const Section &o : m_session->document().sections)
        if (o.parentId == partId)
            ++position;
    if (!s->isPart())
        position = s->position + 1;
    auto *command = new AddSubsectionCommand(m_session, partId, position, tr("New subsection"));
    m_session->undoStack()->push(command);
    selectSection(command->sectionId());
}

void OutlinePanel::deleteSubsection()
{
    const qint64 id = currentSectionId();
    const Section *s = m_session ? m_session->section(id) : nullptr;
    if (!s || s->isPart())
        return;
    if (!s->body.trimmed().isEmpty()
        && MessageBox::question(this, tr("Delete subsection"),
                                tr("Delete the subsection \"%1\" and its text? You can undo this.").arg(s->heading))
               != QMessageBox::Yes)
        return;
    m_session->undoStack()->push(new DeleteSubsectionCommand(m_session, id));
}

void OutlinePanel::moveUp()
{
    const Section *s = m_session ? m_session->section(currentSectionId()) : nullptr;
    if (s && !s->isPart() && s->position > 0)
        move(s->id, s->parentId, s->position - 1);
}

void OutlinePanel::moveDown()
{
    const Section *s = m_session ? m_session->section(currentSectionId()) : nullptr;
    if (!s || s->isPart())
        return;
    int siblings = 0;
    for (const Section &o : m_session->document().sections)
        if (o.parentId == s->parentId)
            ++siblings;
    if (s->position + 1 < siblings)
        move(s->id, s->parentId, s->position + 1);
}

} // namespace fazhi

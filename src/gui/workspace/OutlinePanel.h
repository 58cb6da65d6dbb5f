// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>
#include <QTreeWidget>

namespace fazhi {

class ReportSession;

/// The report's outline: the report's own fields, then the parts and their subsections, numbered as the
/// report prints them. Subsections can be dragged to a new place (also within another part); the
/// numbers follow from the new order.
class OutlinePanel : public QTreeWidget
{
    Q_OBJECT

public:
    static constexpr qint64 kReportFields = -1;

    explicit OutlinePanel(QWidget *parent = nullptr);

    void setSession(ReportSession *session);
    /// The selected section's id, kReportFields for the report's fields, 0 for nothing.
    qint64 currentSectionId() const;
    void selectSection(qint64 id);
    /// The visible numbered labels, top to bottom ("一、…", "（一）…"), for tests and accessibility.
    QStringList labels() const;

    void addSubsection();
    void deleteSubsection();
    void moveUp();
    void moveDown();

signals:
    void sectionActivated(qint64 id);

protected:
    void dropEvent(QDropEvent *event) override;
    void startDrag(Qt::DropActions supportedActions) override;

private:
    void rebuild();
    void move(qint64 id, qint64 parentId, int position);
    QTreeWidgetItem *itemFor(qint64 id) const;
    /// The top item's text: the title, or what the item holds while there is none.
    QString fieldsLabel() const;

    QPointer<ReportSession> m_session;
    bool m_rebuilding = false;
};

} // namespace fazhi

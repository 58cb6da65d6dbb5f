// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>
#include <QWidget>

namespace fazhi {

class BodyEdit;
class CommentTracker;

/// The strip beside the section text where its comments stand: a box for each thread at the height of the
/// line its words are on (pushed down when boxes would overlap, with a line back to the words), open ones
/// yellow, resolved ones grey. The anchored words are highlighted in the text. A click on a box selects the
/// comment.
class CommentMargin : public QWidget
{
    Q_OBJECT

public:
    CommentMargin(BodyEdit *edit, QWidget *parent = nullptr);

    void setTracker(CommentTracker *tracker);
    /// Reads the current section's threads again and repaints (and re-highlights the words).
    void refresh();
    void setCurrent(qint64 commentId);
    /// The boxes as painted: comment id and rectangle (for tests).
    QList<std::pair<qint64, QRect>> boxes() const { return m_boxes; }
    /// The top of the line where `position` of the text is, in this widget's coordinates.
    int lineTop(int position) const;

signals:
    void commentClicked(qint64 commentId);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;

private:
    void highlight();
    qint64 sectionId() const;

    BodyEdit *m_edit;
    QPointer<CommentTracker> m_tracker;
    qint64 m_current = 0;
    QList<std::pair<qint64, QRect>> m_boxes;
};

} // namespace fazhi

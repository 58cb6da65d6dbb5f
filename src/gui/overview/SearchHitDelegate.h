// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace fazhi {

/// Paints a search excerpt with the hit marked (yellow, bold): the item holds the excerpt as its
/// display text and the hit's start and length in HitStartRole and HitLengthRole.
class SearchHitDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    enum Role { HitStartRole = Qt::UserRole + 10, HitLengthRole };
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    /// The excerpt as rich text with the hit marked (escaped).
    static QString markedHtml(const QString &excerpt, int start, int length);
};

} // namespace fazhi

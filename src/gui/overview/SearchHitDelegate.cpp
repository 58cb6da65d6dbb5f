// SPDX-License-Identifier: GPL-3.0-or-later
#include "SearchHitDelegate.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QPainter>
#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace fazhi {

QString SearchHitDelegate::markedHtml(const QString &excerpt, int start, int length)
{
    return excerpt.left(start).toHtmlEscaped() + u"<span style=\"background-color:#ffe066; font-weight:bold\">"_s
           + excerpt.mid(start, length).toHtmlEscaped() + u"</span>"_s + excerpt.mid(start + length).toHtmlEscaped();
}

void SearchHitDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString excerpt = opt.text;
    opt.text.clear();
    QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

    QTextDocument doc;
    doc.setDefaultFont(opt.font);
    doc.setDocumentMargin(2);
    doc.setHtml(markedHtml(excerpt, index.data(HitStartRole).toInt(), index.data(HitLengthRole).toInt()));
    const QRect rect = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, opt.widget);
    painter->save();
    painter->translate(rect.topLeft());
    painter->setClipRect(rect.translated(-rect.topLeft()));
    QAbstractTextDocumentLayout::PaintContext context;
    context.palette = opt.palette;
    if (opt.state & QStyle::State_Selected)
        context.palette.setColor(QPalette::Text, opt.palette.color(QPalette::HighlightedText));
    doc.documentLayout()->draw(painter, context);
    painter->restore();
}

} // namespace fazhi

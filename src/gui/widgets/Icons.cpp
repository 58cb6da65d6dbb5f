// SPDX-License-Identifier: GPL-3.0-or-later
#include "Icons.h"

#include <QHash>
#include <QIconEngine>
#include <QPainter>

using namespace Qt::StringLiterals;

namespace fazhi {

namespace {

/// Paints a rounded badge with a glyph, crisp at any size and scale.
class BadgeEngine : public QIconEngine
{
public:
    BadgeEngine(QColor color, QString glyph, bool round) : m_color(color), m_glyph(std::move(glyph)), m_round(round) {}
    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State) override
    {
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        QColor c = m_color;
        if (mode == QIcon::Disabled)
            c = QColor(160, 160, 160);
        const QRectF r = QRectF(rect).adjusted(1, 1, -1, -1);
        painter->setPen(Qt::NoPen);
        painter->setBrush(c);
        if (m_round)
            painter->drawEllipse(r);
        else
            painter->drawRoundedRect(r, r.width() * 0.2, r.height() * 0.2);
        if (!m_glyph.isEmpty()) {
            QFont f = painter->font();
            f.setPixelSize(qMax(6, int(r.height() * 0.62)));
            f.setBold(true);
            painter->setFont(f);
            painter->setPen(Qt::white);
            painter->drawText(r, Qt::AlignCenter, m_glyph);
        }
        painter->restore();
    }
    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return scaledPixmap(size, mode, state, 1.0);
    }
    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state, qreal scale) override
    {
        QPixmap pm(size * scale);
        pm.setDevicePixelRatio(scale);
        pm.fill(Qt::transparent);
        QPainter p(&pm);
        paint(&p, QRect(QPoint(0, 0), size), mode, state);
        return pm;
    }
    QIconEngine *clone() const override { return new BadgeEngine(m_color, m_glyph, m_round); }

private:
    QColor m_color;
    QString m_glyph;
    bool m_round;
};

QIcon badge(QColor color, const QString &glyph, bool round) { return QIcon(new BadgeEngine(color, glyph, round)); }

} // namespace

QIcon Icons::unitKind(UnitKind kind)
{
    switch (kind) {
    case UnitKind::Government: return badge(QColor(0xb7, 0x1c, 0x1c), u"政"_s, false);
    case UnitKind::Department: return badge(QColor(0x15, 0x65, 0xc0), u"部"_s, false);
    case UnitKind::Township: return badge(QColor(0x2e, 0x7d, 0x32), u"镇"_s, false);
    case UnitKind::Other: break;
    }
    return badge(QColor(0x61, 0x61, 0x61), u"他"_s, false);
}

QIcon Icons::reportStatus(ReportStatus status)
{
    switch (status) {
    case ReportStatus::Draft: return badge(QColor(0x9e, 0x9e, 0x9e), {}, true);
    case ReportStatus::Submitted: return badge(QColor(0x19, 0x76, 0xd2), {}, true);
    case ReportStatus::Returned: return badge(QColor(0xe6, 0x51, 0x00), {}, true);
    case ReportStatus::Approved: return badge(QColor(0x38, 0x8e, 0x3c), {}, true);
    case ReportStatus::Published: return badge(QColor(0x1b, 0x5e, 0x20), {}, true);
    }
    return {};
}

QIcon Icons::level(int level)
{
    switch (level) {
    case 0: return badge(QColor(0xc6, 0x28, 0x28), u"!"_s, true);
    case 1: return badge(QColor(0xef, 0x8f, 0x00), u"!"_s, true);
    default: return badge(QColor(0x15, 0x65, 0xc0), u"i"_s, true);
    }
}

QIcon Icons::fixable() { return badge(QColor(0x2e, 0x7d, 0x32), u"✓"_s, true); }

} // namespace fazhi

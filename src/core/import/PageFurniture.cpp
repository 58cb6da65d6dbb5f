// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/PageFurniture.h"

#include "text/ChineseText.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace fazhi {

namespace {

const QRegularExpression &breadcrumb()
{
    static const QRegularExpression re(u"^(您?当前(的)?位置|您的位置|您现在的位置|所在位置|当前页面)"_s);
    return re;
}

/// Publish stamps; the first capture tells whether the label names the publishing date.
const QRegularExpression &stamp()
{
    static const QRegularExpression re(
        u"^(发布日期|发布时间|发稿时间|日期|时间|更新时间|更新日期|来源|信息来源|文章来源|作者|编辑|责任编辑|浏览次数|浏览量|阅读次数|点击数|点击量|访问量|访问次数|字号|【?字体)\\s*[:：]"_s);
    return re;
}

/// Labels of the metadata table government sites put above a published document.
const QRegularExpression &metadata()
{
    static const QRegularExpression re(
        u"^(索引号|发文字号|文号|主题分类|体裁分类|组配分类|服务对象分类|发文机关|发布机构|发布单位|成文日期|公开方式|公开范围|公开时限|公开形式|有效性|主题词|信息分类|生成日期|公开日期|所属机构|内容分类|关键词|统一编号)\\s*([:：|｜\\t]|$)"_s);
    return re;
}

/// Widgets and footers: a line that is one of these is furniture wherever it stands.
const QRegularExpression &widget()
{
    static const QRegularExpression re(
        u"^(扫一扫在手机(上)?打开当前页|扫一扫在手机上查看当前页面|手机扫一扫|分享到|分享文章到|分享至|打印本页|【?打印本?页?】?|【?关闭窗口】?|【?关闭】?|收藏|"
        u"返回顶部|上一篇|下一篇|相关链接|相关阅读|相关文件|附件下载|大\\s*中\\s*小|【?\\s*大\\s*中\\s*小\\s*】?|字体[:：]?\\s*大\\s*中\\s*小|"
        u"主办(单位)?[:：].*|承办(单位)?[:：].*|协办(单位)?[:：].*|技术支持[:：].*|版权所有.*|网站标识码.*|网站地图|联系我们|.*ICP备.*|.*公网安备.*|"
        u"国务院部门网站|地方政府网站|市政府部门网站|区县政府网站|区[（(]县[）)]政府网站|其他网站|友情链接|关注公众号|微信公众号|政务微博|政务新媒体|"
        u"智能问答|便民地图|政策问答|数据中心|营商环境|可视化系统|政务公开可视化系统|无障碍|适老化|长者模式|登录|注册|首页)$"_s);
    return re;
}

/// Lines after which nothing of the report follows on a web page.
const QRegularExpression &tailMarker()
{
    static const QRegularExpression re(
        u"^(扫一扫在手机(上)?打开当前页|扫一扫在手机上查看当前页面|分享到|分享文章到|分享至|打印本页|【?打印本?页?】?|【?关闭窗口】?|"
        u"国务院部门网站|主办(单位)?[:：].*|版权所有.*|网站标识码.*|相关链接|上一篇|下一篇)$"_s);
    return re;
}

/// A line of the report itself: a long sentence, a part heading or a 成文日期.
bool looksLikeReport(const QString &line)
{
    static const QRegularExpression heading(u"^[一二三四五六七八九十]{1,3}[、.．]"_s);
    return (line.size() >= 40 && line.contains(u'。')) || heading.match(line).hasMatch();
}

QString trailingWidgetsRemoved(QString line)
{
    // "发布日期：2026-01-19 11:09:04 大 中 小" and the like: the font switch clings to the stamp.
    static const QRegularExpression fontSwitch(u"[【\\[]?\\s*(字体|字号)?[:：]?\\s*大\\s+中\\s+小\\s*[】\\]]?\\s*$"_s);
    return line.remove(fontSwitch);
}

} // namespace

QDate PageFurniture::findDate(const QString &text)
{
    static const QRegularExpression date(u"(?<!\\d)(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})(?!\\d)"_s);
    const auto m = date.match(text);
    if (!m.hasMatch())
        return {};
    return QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
}

QStringList PageFurniture::strip(SourceLines &lines, QDate *published)
{
    QStringList removed;
    // The tail: cut at the first share widget or footer after which the report does not go on.
    qsizetype cut = lines.size();
    for (qsizetype i = lines.size() - 1; i >= 0; --i) {
        const QString t = chinese::trimmed(lines.at(i).text);
        if (looksLikeReport(t))
            break;
        if (tailMarker().match(t).hasMatch())
            cut = i;
    }
    for (qsizetype i = cut; i < lines.size(); ++i)
        if (!chinese::trimmed(lines.at(i).text).isEmpty())
            removed.append(chinese::trimmed(lines.at(i).text));
    lines.resize(cut);

    SourceLines kept;
    kept.reserve(lines.size());
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString t = chinese::trimmed(lines.at(i).text);
        if (t.isEmpty() || lines.at(i).heading) {
            kept.append(lines.at(i));
            continue;
        }
        const bool isBreadcrumb = breadcrumb().match(t).hasMatch() && t.size() < 200;
        const auto stampMatch = stamp().match(t);
        const bool isStamp = stampMatch.hasMatch() && t.size() < 120 && !t.contains(u'。');
        const auto metaMatch = metadata().match(t);
        const bool isMeta = metaMatch.hasMatch() && t.size() < 200 && !t.contains(u'。');
        const bool isWidget = widget().match(t).hasMatch();
        if (!isBreadcrumb && !isStamp && !isMeta && !isWidget) {
            kept.append(lines.at(i));
            continue;
        }
        removed.append(t);
        if (isStamp || isMeta) {
            const QString label = isStamp ? stampMatch.captured(1) : metaMatch.captured(1);
            const bool datesPublication = label.contains(u"发布") || label == u"日期"_s || label == u"时间"_s ||
                                          label.contains(u"发稿") || label == u"公开日期"_s ||
                                          label == u"生成日期"_s;
            QString value = trailingWidgetsRemoved(t);
            // A label alone on its line (a table cell): its value is the next line.
            if (isMeta && metaMatch.captured(2).isEmpty() && i + 1 < lines.size()) {
                const QString next = chinese::trimmed(lines.at(i + 1).text);
                static const QRegularExpression reportWords(u"(关于|报告|情况)"_s);
                if (next.size() <= 40 && !next.contains(u'。') && !metadata().match(next).hasMatch() &&
                    !reportWords.match(next).hasMatch()) {
                    value = next;
                    removed.append(next);
                    ++i;
                }
            }
            if (datesPublication && published && !published->isValid())
                *published = findDate(value);
        }
    }
    lines = kept;
    return removed;
}

} // namespace fazhi

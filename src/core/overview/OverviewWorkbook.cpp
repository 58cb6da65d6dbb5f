// SPDX-License-Identifier: GPL-3.0-or-later
#include "overview/OverviewWorkbook.h"

#include "model/MetricCatalog.h"
#include "storage/MetricRepository.h"
#include "storage/ProblemRepository.h"
#include "util/Failure.h"

#include <QFile>
#include <QFileInfo>
#include <QUuid>

#include <spdlog/spdlog.h>
#include <xlsxwriter.h>

#include <dlfcn.h>

#include <algorithm>
#include <cstdio>

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace fazhi {

namespace {

/// libxlsxwriter, loaded with RTLD_DEEPBIND so that it and its minizip bind to each other: QuaZip (used
/// for DOCX) exports minizip's function names with different signatures, and a normally linked
/// libxlsxwriter crashes inside QuaZip's zipOpen3. (A sanitizer build loads it into a link map of its own.)
class Xlsx
{
public:
#define FAZHI_XLSX_FUNCTIONS(X)                                                                                     \
    X(workbook_new) X(workbook_add_worksheet) X(workbook_add_format) X(workbook_close) X(format_set_bold)          \
    X(format_set_bg_color) X(format_set_font_color) X(format_set_text_wrap) X(format_set_num_format)                \
    X(worksheet_write_string) X(worksheet_write_number) X(worksheet_write_datetime) X(worksheet_write_formula)      \
    X(worksheet_set_column) X(worksheet_freeze_panes) X(worksheet_autofilter) X(lxw_strerror)
#define FAZHI_XLSX_MEMBER(name) decltype(&::name) name = nullptr;
    FAZHI_XLSX_FUNCTIONS(FAZHI_XLSX_MEMBER)
#undef FAZHI_XLSX_MEMBER

    static const Xlsx &get()
    {
        static const Xlsx xlsx;
        if (!xlsx.m_ok)
            throw Failure(u"无法导出表格：找不到 libxlsxwriter（请安装 libxlsxwriter4）。"_s, Failure::Kind::Operation);
        return xlsx;
    }

private:
    Xlsx()
    {
#if defined(__SANITIZE_ADDRESS__)
        // AddressSanitizer refuses RTLD_DEEPBIND; a link map of its own keeps minizip's names apart the same way.
        void *handle = ::dlmopen(LM_ID_NEWLM, "libxlsxwriter.so.4", RTLD_NOW | RTLD_LOCAL);
#else
        void *handle = ::dlopen("libxlsxwriter.so.4", RTLD_NOW | RTLD_LOCAL | RTLD_DEEPBIND);
#endif
        if (!handle) {
            spdlog::error("cannot load libxlsxwriter: {}", ::dlerror());
            return;
        }
        m_ok = true;
#define FAZHI_XLSX_LOAD(name)                                                                                      \
    name = reinterpret_cast<decltype(&::name)>(::dlsym(handle, #name));                                           \
    m_ok = m_ok && name;
        FAZHI_XLSX_FUNCTIONS(FAZHI_XLSX_LOAD)
#undef FAZHI_XLSX_LOAD
    }
    bool m_ok = false;
};

/// "B2" for row 1, column 1 (both from 0).
QString cellName(int row, int col)
{
    QString letters;
    for (int c = col + 1; c > 0; c = (c - 1) / 26)
        letters.prepend(QChar(u'A' + (c - 1) % 26));
    return letters + QString::number(row + 1);
}

/// A lxw_datetime for a date (time of day zero).
lxw_datetime xlsxDate(const QDate &d) { return {d.year(), d.month(), d.day(), 0, 0, 0.0}; }

class Sheet
{
public:
    Sheet(lxw_workbook *book, const QString &name, const QStringList &headers, lxw_format *header)
        : m_sheet(Xlsx::get().workbook_add_worksheet(book, name.toUtf8().constData()))
    {
        for (int c = 0; c < headers.size(); ++c) {
            Xlsx::get().worksheet_write_string(m_sheet, 0, lxw_col_t(c), headers.at(c).toUtf8().constData(), header);
            Xlsx::get().worksheet_set_column(m_sheet, lxw_col_t(c), lxw_col_t(c), c == 0 ? 34 : 12, nullptr);
        }
        Xlsx::get().worksheet_freeze_panes(m_sheet, 1, 1);
    }
    void text(int row, int col, const QString &value, lxw_format *f = nullptr)
    {
        if (!value.isEmpty())
            Xlsx::get().worksheet_write_string(m_sheet, lxw_row_t(row), lxw_col_t(col), value.toUtf8().constData(), f);
    }
    void number(int row, int col, double value, lxw_format *f = nullptr)
    {
        Xlsx::get().worksheet_write_number(m_sheet, lxw_row_t(row), lxw_col_t(col), value, f);
    }
    void date(int row, int col, const QDate &d, lxw_format *f)
    {
        if (d.isValid()) {
            lxw_datetime dt = xlsxDate(d);
            Xlsx::get().worksheet_write_datetime(m_sheet, lxw_row_t(row), lxw_col_t(col), &dt, f);
        }
    }
    lxw_worksheet *handle() const { return m_sheet; }

private:
    lxw_worksheet *m_sheet;
};

} // namespace

void OverviewWorkbook::write(const QString &path, Database &db, const QList<OverviewRow> &rows, const CheckOptions &options)
{
    const QFileInfo target(path);
    if (target.exists() && !target.isFile())
        throw Failure(u"“%1”不是普通文件，不能写入。"_s.arg(path), Failure::Kind::Input);
    const QString temp = target.absolutePath() + u"/."_s + target.fileName() + u'.'
                         + QUuid::createUuid().toString(QUuid::Id128).left(8) + u".tmp"_s;
    lxw_workbook *book = Xlsx::get().workbook_new(QFile::encodeName(temp).constData());
    if (!book)
        throw Failure(u"无法创建表格文件“%1”。"_s.arg(path), Failure::Kind::Operation);

    lxw_format *header = Xlsx::get().workbook_add_format(book);
    Xlsx::get().format_set_bold(header);
    Xlsx::get().format_set_bg_color(header, 0xD9E1F2);
    Xlsx::get().format_set_text_wrap(header);
    lxw_format *date = Xlsx::get().workbook_add_format(book);
    Xlsx::get().format_set_num_format(date, "yyyy-mm-dd");
    lxw_format *lateDate = Xlsx::get().workbook_add_format(book);
    Xlsx::get().format_set_num_format(lateDate, "yyyy-mm-dd");
    Xlsx::get().format_set_bg_color(lateDate, 0xF8CBAD);
    Xlsx::get().format_set_font_color(lateDate, 0x9C0006);
    lxw_format *late = Xlsx::get().workbook_add_format(book);
    Xlsx::get().format_set_bg_color(late, 0xF8CBAD);
    Xlsx::get().format_set_font_color(late, 0x9C0006);
    Xlsx::get().format_set_bold(late);

    // 总览: one row per unit.
    Sheet overview(book, u"总览"_s,
                   {u"单位"_s, u"类型"_s, u"年度"_s, u"状态"_s, u"报送日期"_s, u"报送期限"_s, u"报送逾期"_s, u"公开日期"_s,
                    u"公开期限"_s, u"公开逾期"_s, u"错误"_s, u"警告"_s, u"缺少部分"_s, u"缺少指标"_s, u"未整改问题"_s,
                    u"整改中问题"_s, u"已整改问题"_s, u"逾期问题"_s, u"连续两年问题"_s},
                   header);
    int r = 1;
    for (const OverviewRow &row : rows) {
        overview.text(r, 0, QString(row.depth * 2, u' ') + row.unit);
        overview.text(r, 1, unitKindLabel(row.kind));
        overview.number(r, 2, row.year);
        overview.text(r, 3, row.reportId > 0 ? reportStatusLabel(row.status) : u"未建立报告"_s, row.reportId > 0 ? nullptr : late);
        overview.date(r, 4, row.submitted, row.submitLate ? lateDate : date);
        overview.date(r, 5, row.submitDue, date);
        overview.text(r, 6, row.submitLate ? (row.submitted.isValid() ? u"逾期"_s : u"逾期未报"_s) : QString(),
                      row.submitLate ? late : nullptr);
        overview.date(r, 7, row.published, row.publishLate ? lateDate : date);
        overview.date(r, 8, row.publishDue, date);
        overview.text(r, 9, row.publishLate ? (row.published.isValid() ? u"逾期"_s : u"逾期未公开"_s) : QString(),
                      row.publishLate ? late : nullptr);
        overview.number(r, 10, row.errors, row.errors > 0 ? late : nullptr);
        overview.number(r, 11, row.warnings);
        QStringList missing;
        for (int p : row.missingParts)
            missing << QString::number(p);
        overview.text(r, 12, missing.join(u'、'), missing.isEmpty() ? nullptr : late);
        overview.number(r, 13, row.metricsMissing, row.metricsMissing > 0 ? late : nullptr);
        overview.number(r, 14, row.problemsOpen);
        overview.number(r, 15, row.problemsInProgress);
        overview.number(r, 16, row.problemsRectified);
        overview.number(r, 17, row.problemsOverdue, row.problemsOverdue > 0 ? late : nullptr);
        overview.number(r, 18, row.problemsRepeated, row.problemsRepeated > 0 ? late : nullptr);
        ++r;
    }
    Xlsx::get().worksheet_autofilter(overview.handle(), 0, 0, lxw_row_t(qMax(1, r - 1)), 18);

    // 指标: units × the catalogue's metrics, with a total row.
    const QList<MetricDefinition> definitions = MetricCatalog::builtin().definitions();
    QStringList metricHeaders{u"单位"_s};
    for (const MetricDefinition &d : definitions)
        metricHeaders << d.name;
    Sheet metrics(book, u"指标"_s, metricHeaders, header);
    r = 1;
    MetricRepository metricRepo(db);
    for (const OverviewRow &row : rows) {
        metrics.text(r, 0, row.unit);
        if (row.reportId > 0) {
            for (const MetricValue &v : metricRepo.forReport(row.reportId)) {
                const auto at = std::find_if(definitions.cbegin(), definitions.cend(),
                                             [&](const MetricDefinition &d) { return d.key == v.key; });
                if (at != definitions.cend())
                    metrics.number(r, int(at - definitions.cbegin()) + 1, v.value);
            }
        }
        ++r;
    }
    if (r > 1) {
        metrics.text(r, 0, u"合计"_s, header);
        for (int c = 1; c <= definitions.size(); ++c) {
            Xlsx::get().worksheet_write_formula(metrics.handle(), lxw_row_t(r), lxw_col_t(c),
                                                u"=SUM(%1:%2)"_s.arg(cellName(1, c), cellName(r - 1, c)).toUtf8().constData(),
                                                header);
        }
    }

    // 问题: every problem of the reports shown.
    Sheet problems(book, u"问题"_s, {u"单位"_s, u"问题"_s, u"原因"_s, u"整改措施"_s, u"责任人"_s, u"整改时限"_s, u"状态"_s, u"逾期"_s, u"上年延续"_s},
                   header);
    r = 1;
    const QDate today = options.today();
    ProblemRepository problemRepo(db);
    for (const OverviewRow &row : rows) {
        if (row.reportId <= 0)
            continue;
        for (const Problem &p : problemRepo.forReport(row.reportId)) {
            const bool overdue = p.status != ProblemStatus::Rectified && p.dueDate.isValid() && p.dueDate < today;
            problems.text(r, 0, row.unit);
            problems.text(r, 1, p.text);
            problems.text(r, 2, p.reason);
            problems.text(r, 3, p.measure);
            problems.text(r, 4, p.owner);
            problems.date(r, 5, p.dueDate, overdue ? lateDate : date);
            problems.text(r, 6, problemStatusLabel(p.status));
            problems.text(r, 7, overdue ? u"逾期"_s : QString(), overdue ? late : nullptr);
            problems.text(r, 8, p.continuesId > 0 ? u"是"_s : QString());
            ++r;
        }
    }

    const lxw_error error = Xlsx::get().workbook_close(book);
    if (error != LXW_NO_ERROR) {
        std::remove(QFile::encodeName(temp).constData());
        spdlog::error("xlsx {}: {}", path.toStdString(), Xlsx::get().lxw_strerror(error));
        throw Failure(u"无法写入表格文件“%1”（磁盘空间不足或没有写入权限），原有文件未改动。"_s.arg(path), Failure::Kind::Operation,
                      QString::fromUtf8(Xlsx::get().lxw_strerror(error)));
    }
    {
        QFile f(temp);
        if (f.open(QIODevice::ReadWrite))
            f.flush(), ::fsync(f.handle());
    }
    if (std::rename(QFile::encodeName(temp).constData(), QFile::encodeName(path).constData()) != 0) {
        std::remove(QFile::encodeName(temp).constData());
        throw Failure(u"无法保存表格文件“%1”。"_s.arg(path), Failure::Kind::Operation);
    }
}

} // namespace fazhi

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "OverviewTarget.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QSpinBox;
class QTreeWidget;

namespace fazhi {

class Database;
struct SearchHit;

/// Search every report's headings, text, problems and comments: results with the hit marked in its
/// excerpt; double-click one to open the report at the hit.
class SearchPage : public QWidget
{
    Q_OBJECT

public:
    explicit SearchPage(Database &db, QWidget *parent = nullptr);

    void search(const QString &query);
    QLineEdit *queryEdit() const { return m_query; }
    QTreeWidget *results() const { return m_results; }
    /// Where a hit is in its report.
    OverviewTarget targetFor(const SearchHit &hit) const;

signals:
    void openTarget(const OverviewTarget &target);

private:
    Database &m_db;
    QLineEdit *m_query;
    QSpinBox *m_year;
    QTreeWidget *m_results;
    QLabel *m_count;
};

} // namespace fazhi

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QPointer>
#include <QWidget>

#include <memory>

namespace Ui {
class ReportFieldsEditor;
}

namespace fazhi {

class ReportSession;

/// The report's own fields: title, addressee, opening paragraph, signature, date, note and status.
class ReportFieldsEditor : public QWidget
{
    Q_OBJECT

public:
    explicit ReportFieldsEditor(QWidget *parent = nullptr);
    ~ReportFieldsEditor() override;

    void setSession(ReportSession *session);
    /// Focuses the field that shows the given part of the laid-out report.
    void focusField(int blockKind);

signals:
    void statusChanged();

private:
    void load();
    void edited(const QString &what);
    void dateEdited(QDate date);
    /// The date the field shows; empty when it shows "not set".
    QDate writtenDate() const;
    /// Where a new date starts: 15 January after the report year.
    QDate suggestedDate() const;

    std::unique_ptr<Ui::ReportFieldsEditor> ui;
    QPointer<ReportSession> m_session;
    bool m_loading = false;
};

} // namespace fazhi

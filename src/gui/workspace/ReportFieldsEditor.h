// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

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

    std::unique_ptr<Ui::ReportFieldsEditor> ui;
    QPointer<ReportSession> m_session;
    bool m_loading = false;
};

} // namespace fazhi

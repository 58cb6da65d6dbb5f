// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>
#include <QWidget>

#include <memory>

namespace Ui {
class SectionEditor;
}

namespace fazhi {

class BodyEdit;
class ReportSession;

/// Edits one part or subsection: its heading as a field (the number is shown, never typed) and its body
/// as Markdown in a plain-text editor. Every change goes onto the report's undo stack.
class SectionEditor : public QWidget
{
    Q_OBJECT

public:
    explicit SectionEditor(QWidget *parent = nullptr);
    ~SectionEditor() override;

    void setSession(ReportSession *session);
    void showSection(qint64 sectionId);
    qint64 sectionId() const { return m_sectionId; }
    /// Selects `length` characters at `position` of the body (-1: the heading field) and focuses there.
    void select(int position, int length);
    BodyEdit *bodyEdit() const;
    int cursorPosition() const;

signals:
    void cursorMoved(qint64 sectionId, int position);

private:
    void bodyEdited();
    void headingEdited();
    void sessionBodyChanged(qint64 id);
    void sessionHeadingChanged(qint64 id);
    void refreshNumber();
    void fillReferences();

    std::unique_ptr<Ui::SectionEditor> ui;
    QPointer<ReportSession> m_session;
    qint64 m_sectionId = 0;
    QString m_body;
};

} // namespace fazhi

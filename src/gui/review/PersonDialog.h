// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Review.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace fazhi {

class Database;

/// Who is working: a list of the people of the database to choose from, and (for an admin, or on a
/// database where nobody exists yet) a form that adds one with their unit and roles.
class PersonDialog : public QDialog
{
    Q_OBJECT

public:
    PersonDialog(Database &db, const std::optional<Person> &current, QWidget *parent = nullptr);

    /// The chosen person, if any.
    std::optional<Person> chosen() const;
    void choose(const QString &name);
    bool mayAdd() const { return m_mayAdd; }
    /// Fills the form of a new person (the unit by id; roles as keys).
    void setNewPerson(const QString &name, qint64 unitId, const QList<Role> &roles);
    /// Adds the person of the form and chooses them; false (with the message shown) when refused.
    bool addPerson();

private:
    void reload(const QString &select = {});

    Database &m_db;
    bool m_mayAdd = false;
    QListWidget *m_list;
    QLineEdit *m_name;
    QComboBox *m_unit;
    QList<QCheckBox *> m_roles;
    QPushButton *m_add;
};

} // namespace fazhi

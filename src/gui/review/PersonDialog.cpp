// SPDX-License-Identifier: GPL-3.0-or-later
#include "PersonDialog.h"

#include "Dialogs.h"
#include "storage/Database.h"
#include "storage/PersonRepository.h"
#include "storage/UnitRepository.h"
#include "util/Failure.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace fazhi {

namespace {

QString rolesText(Database &db, const Person &p)
{
    QStringList roles;
    for (const RoleGrant &g : p.roles) {
        const auto unit = UnitRepository(db).find(g.unitId);
        roles << (unit ? unit->fullName : QString()) + roleLabel(g.role);
    }
    return roles.join(u"、"_s);
}

} // namespace

PersonDialog::PersonDialog(Database &db, const std::optional<Person> &current, QWidget *parent)
    : QDialog(parent), m_db(db)
{
    setWindowTitle(tr("Who is working"));
    setObjectName(u"personDialog"_s);
    const QList<Person> people = PersonRepository(db).all();
    bool admin = false;
    if (current)
        for (const RoleGrant &g : current->roles)
            admin = admin || g.role == Role::Admin;
    m_mayAdd = people.isEmpty() || admin;

    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(people.isEmpty()
                                 ? tr("Nobody has been set up in this database yet. Add the first person (an admin "
                                      "can then add the others).")
                                 : tr("Choose who is working. What you may do with a report follows from your "
                                      "roles in its unit."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_list = new QListWidget(this);
    m_list->setObjectName(u"peopleList"_s);
    layout->addWidget(m_list);

    auto *addBox = new QGroupBox(tr("Add a person"), this);
    auto *form = new QFormLayout(addBox);
    m_name = new QLineEdit(addBox);
    m_name->setObjectName(u"nameEdit"_s);
    form->addRow(tr("&Name:"), m_name);
    m_unit = new QComboBox(addBox);
    for (const Unit &u : UnitRepository(db).all())
        m_unit->addItem(u.fullName, u.id);
    form->addRow(tr("&Unit:"), m_unit);
    auto *roles = new QHBoxLayout;
    for (Role r : {Role::Drafter, Role::Reviewer, Role::Signer, Role::Admin}) {
        auto *check = new QCheckBox(roleLabel(r), addBox);
        check->setProperty("role", int(r));
        roles->addWidget(check);
        m_roles << check;
    }
    if (people.isEmpty())
        m_roles.last()->setChecked(true);
    form->addRow(tr("Roles:"), roles);
    m_add = new QPushButton(tr("&Add"), addBox);
    form->addRow(QString(), m_add);
    addBox->setVisible(m_mayAdd);
    layout->addWidget(addBox);
    connect(m_add, &QPushButton::clicked, this, &PersonDialog::addPerson);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::itemDoubleClicked, this, &QDialog::accept);
    reload(current ? current->name : QString());
    resize(460, 420);
}

void PersonDialog::reload(const QString &select)
{
    m_list->clear();
    for (const Person &p : PersonRepository(m_db).all()) {
        auto *item = new QListWidgetItem(u"%1　%2"_s.arg(p.name, rolesText(m_db, p)), m_list);
        item->setData(Qt::UserRole, p.name);
        if (p.name == select)
            m_list->setCurrentItem(item);
    }
    if (!m_list->currentItem() && m_list->count() > 0)
        m_list->setCurrentRow(0);
}

void PersonDialog::choose(const QString &name)
{
    for (int i = 0; i < m_list->count(); ++i)
        if (m_list->item(i)->data(Qt::UserRole).toString() == name)
            m_list->setCurrentRow(i);
}

std::optional<Person> PersonDialog::chosen() const
{
    const QListWidgetItem *item = m_list->currentItem();
    if (!item)
        return std::nullopt;
    return PersonRepository(m_db).findByName(item->data(Qt::UserRole).toString());
}

void PersonDialog::setNewPerson(const QString &name, qint64 unitId, const QList<Role> &roles)
{
    m_name->setText(name);
    m_unit->setCurrentIndex(m_unit->findData(unitId));
    for (QCheckBox *check : std::as_const(m_roles))
        check->setChecked(roles.contains(Role(check->property("role").toInt())));
}

bool PersonDialog::addPerson()
{
    if (!m_mayAdd)
        return false;
    Person p;
    p.name = m_name->text().trimmed();
    p.unitId = m_unit->currentData().toLongLong();
    for (QCheckBox *check : std::as_const(m_roles))
        if (check->isChecked())
            p.roles.append({p.unitId, Role(check->property("role").toInt())});
    try {
        if (p.unitId <= 0)
            throw Failure(tr("Create a unit first: every person belongs to one."), Failure::Kind::Input);
        if (p.roles.isEmpty())
            throw Failure(tr("Give the person at least one role."), Failure::Kind::Input);
        PersonRepository(m_db).insert(p);
    } catch (const Failure &f) {
        MessageBox::warning(this, tr("Add a person"), f.message());
        return false;
    }
    m_name->clear();
    reload(p.name);
    return true;
}

} // namespace fazhi

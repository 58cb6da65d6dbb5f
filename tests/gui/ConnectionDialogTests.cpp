// SPDX-License-Identifier: GPL-3.0-or-later
// The connection dialog: the server's address is remembered in the settings, the password never is.
#include "GuiTestSupport.h"

#include "ConnectionDialog.h"
#include "Dialogs.h"

#include <QDirIterator>
#include <QLineEdit>
#include <QRadioButton>
#include <QSettings>
#include <QSpinBox>

using namespace Qt::StringLiterals;
using namespace fazhi;

namespace {

/// QSettings written to a folder of the test's own while it runs.
struct TestSettings
{
    QTemporaryDir dir;
    TestSettings()
    {
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, dir.path());
        QSettings().clear();
    }
    ~TestSettings() { QSettings().clear(); }
    /// Every byte the settings wrote to disk.
    QByteArray written() const
    {
        QSettings().sync();
        QByteArray all;
        QDirIterator it(dir.path(), QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            if (f.open(QIODevice::ReadOnly))
                all += f.readAll();
        }
        return all;
    }
};

void fill(ConnectionDialog &d, const QString &host, int port, const QString &database, const QString &login,
          const QString &password)
{
    d.findChild<QRadioButton *>(u"serverRadio"_s)->setChecked(true);
    d.findChild<QLineEdit *>(u"hostEdit"_s)->setText(host);
    d.findChild<QSpinBox *>(u"portSpin"_s)->setValue(port);
    d.findChild<QLineEdit *>(u"databaseEdit"_s)->setText(database);
    d.findChild<QLineEdit *>(u"userEdit"_s)->setText(login);
    d.findChild<QLineEdit *>(u"passwordEdit"_s)->setText(password);
}

} // namespace

TEST_CASE("the connection dialog remembers the server and never the password", "[gui][connection]")
{
    TestSettings settings;
    CHECK(ConnectionDialog::rememberedLocation().isEmpty());
    {
        ConnectionDialog d;
        CHECK(d.findChild<QRadioButton *>(u"localRadio"_s)->isChecked());
        fill(d, u"10.12.0.8"_s, 5433, u"district"_s, u"zhang_qicao"_s, u"春眠不觉晓-口令"_s);
        CHECK(d.findChild<QLineEdit *>(u"passwordEdit"_s)->echoMode() == QLineEdit::Password);
        d.accept();
        CHECK(d.result() == QDialog::Accepted);
        CHECK(d.findChild<QLineEdit *>(u"passwordEdit"_s)->text().isEmpty());
    }
    CHECK(ConnectionDialog::rememberedLocation() == u"postgresql://zhang_qicao@10.12.0.8:5433/district"_s);
    const QByteArray stored = settings.written();
    CHECK(stored.contains("10.12.0.8"));
    CHECK_FALSE(stored.contains(u"春眠不觉晓"_s.toUtf8()));
    CHECK_FALSE(stored.contains("password"));

    // Opened again: the server filled in, the password asked again.
    ConnectionDialog again;
    CHECK(again.useServer());
    CHECK(again.address() == u"postgresql://zhang_qicao@10.12.0.8:5433/district"_s);
    CHECK(again.findChild<QLineEdit *>(u"passwordEdit"_s)->text().isEmpty());

    // Back to the file on this computer: the server stays remembered for next time, unused.
    again.findChild<QRadioButton *>(u"localRadio"_s)->setChecked(true);
    again.accept();
    CHECK(ConnectionDialog::rememberedLocation().isEmpty());
    CHECK(ConnectionDialog().findChild<QLineEdit *>(u"hostEdit"_s)->text() == u"10.12.0.8"_s);
}

TEST_CASE("an address that is not one is refused in Chinese and the dialog stays open", "[gui][connection]")
{
    TestSettings settings;
    MessageBox::setNonInteractive(true);
    MessageBox::clearHistory();
    ConnectionDialog d;
    fill(d, u"bad host/名"_s, 5432, u"district"_s, u"zhang"_s, QString());
    d.accept();
    CHECK(d.result() != QDialog::Accepted);
    REQUIRE_FALSE(MessageBox::history().isEmpty());
    CHECK(MessageBox::history().last().contains(u"不是有效的数据库服务器地址"_s));
    CHECK(ConnectionDialog::rememberedLocation().isEmpty());
    MessageBox::setNonInteractive(false);
}

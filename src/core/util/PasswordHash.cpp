// SPDX-License-Identifier: GPL-3.0-or-later
#include "util/PasswordHash.h"

#include "util/Failure.h"

#include <sodium.h>

using namespace Qt::StringLiterals;

namespace fazhi {

namespace {

void initialize()
{
    static const int ready = sodium_init();
    if (ready < 0)
        throw Failure(u"无法初始化密码组件（libsodium）。"_s, Failure::Kind::Operation, u"sodium_init failed"_s);
}

} // namespace

QString PasswordHash::hash(const QString &password)
{
    initialize();
    if (password.isEmpty())
        throw Failure(u"密码不能为空。"_s, Failure::Kind::Input);
    const QByteArray utf8 = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str(out, utf8.constData(), quint64(utf8.size()), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                          crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0)
        throw Failure(u"内存不足，无法计算密码的哈希。"_s, Failure::Kind::Operation, u"crypto_pwhash_str failed"_s);
    return QString::fromLatin1(out);
}

bool PasswordHash::verify(const QString &stored, const QString &password)
{
    initialize();
    const QByteArray hash = stored.toLatin1();
    if (hash.isEmpty() || hash.size() >= crypto_pwhash_STRBYTES)
        return false;
    const QByteArray utf8 = password.toUtf8();
    return crypto_pwhash_str_verify(hash.constData(), utf8.constData(), quint64(utf8.size())) == 0;
}

} // namespace fazhi

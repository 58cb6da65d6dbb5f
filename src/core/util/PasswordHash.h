// SPDX-License-Identifier: GPL-3.0-or-later
// Passwords kept only as libsodium's crypto_pwhash_str: a salted, deliberately slow hash (Argon2id) whose
// text carries its own salt and cost, so that a stolen database file does not give the passwords away.
#pragma once

#include <QString>

namespace fazhi {

class PasswordHash
{
public:
    /// The storable hash of `password` (Argon2id, libsodium's interactive limits). Throws Failure when
    /// the password is empty or the hash cannot be computed (too little memory).
    static QString hash(const QString &password);
    /// Whether `password` is the one `stored` was made from. False for an empty or malformed `stored`.
    static bool verify(const QString &stored, const QString &password);
};

} // namespace fazhi

// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/SearchTokenizer.h"

#include <QChar>

#include <sqlite3.h>

#include <algorithm>
#include <array>
#include <mutex>
#include <vector>

namespace fazhi {

namespace {

constexpr char kName[] = "fazhi_grams";

/// Reads one UTF-8 character from `p` (before `end`); returns its length in bytes (at least 1; a
/// malformed byte is read as itself, U+FFFD).
int readUtf8(const unsigned char *p, const unsigned char *end, char32_t *out)
{
    const unsigned char b = p[0];
    int length = b < 0x80 ? 1 : (b >> 5) == 0x6 ? 2 : (b >> 4) == 0xE ? 3 : (b >> 3) == 0x1E ? 4 : 0;
    if (length == 0 || p + length > end) {
        *out = 0xFFFD;
        return 1;
    }
    char32_t c = length == 1 ? b : length == 2 ? (b & 0x1F) : length == 3 ? (b & 0x0F) : (b & 0x07);
    for (int i = 1; i < length; ++i) {
        if ((p[i] & 0xC0) != 0x80) {
            *out = 0xFFFD;
            return 1;
        }
        c = (c << 6) | (p[i] & 0x3F);
    }
    *out = c;
    return length;
}

int writeUtf8(char32_t c, char *out)
{
    if (c < 0x80) {
        out[0] = char(c);
        return 1;
    }
    if (c < 0x800) {
        out[0] = char(0xC0 | (c >> 6));
        out[1] = char(0x80 | (c & 0x3F));
        return 2;
    }
    if (c < 0x10000) {
        out[0] = char(0xE0 | (c >> 12));
        out[1] = char(0x80 | ((c >> 6) & 0x3F));
        out[2] = char(0x80 | (c & 0x3F));
        return 3;
    }
    out[0] = char(0xF0 | (c >> 18));
    out[1] = char(0x80 | ((c >> 12) & 0x3F));
    out[2] = char(0x80 | ((c >> 6) & 0x3F));
    out[3] = char(0x80 | (c & 0x3F));
    return 4;
}

/// One character of the text: where it is, and its folded UTF-8 bytes.
struct Char
{
    int start = 0;
    int end = 0;
    std::array<char, 4> bytes{};
    int size = 0;
    bool space = false;
};

Char nextChar(const unsigned char *text, int at, int length)
{
    Char c;
    char32_t code = 0;
    c.start = at;
    c.end = at + readUtf8(text + at, text + length, &code);
    c.space = QChar::isSpace(code);
    c.size = writeUtf8(QChar::toCaseFolded(code), c.bytes.data());
    return c;
}

int createTokenizer(void *, const char **, int, Fts5Tokenizer **out)
{
    static char instance = 0; // stateless: any non-null pointer
    *out = reinterpret_cast<Fts5Tokenizer *>(&instance);
    return SQLITE_OK;
}

void deleteTokenizer(Fts5Tokenizer *) {}

int tokenize(Fts5Tokenizer *, void *context, int flags, const char *textBytes, int length,
             int (*token)(void *, int, const char *, int, int, int))
{
    const auto *text = reinterpret_cast<const unsigned char *>(textBytes);
    std::array<char, 8> pair{};
    if (flags & FTS5_TOKENIZE_QUERY) {
        // A query of one or two characters is one term; a longer one (never asked) its pairs in turn.
        Char first;
        int at = 0;
        int count = 0;
        while (at < length) {
            const Char c = nextChar(text, at, length);
            at = c.end;
            if (++count == 1) {
                first = c;
                continue;
            }
            std::copy_n(first.bytes.data(), first.size, pair.data());
            std::copy_n(c.bytes.data(), c.size, pair.data() + first.size);
            if (const int rc = token(context, 0, pair.data(), first.size + c.size, first.start, c.end); rc != SQLITE_OK)
                return rc;
            first = c;
        }
        if (count == 1)
            return token(context, 0, first.bytes.data(), first.size, first.start, first.end);
        return SQLITE_OK;
    }
    // A text: each character, then the pair it begins; nothing with whitespace in it (a query of one or
    // two characters never holds whitespace).
    std::vector<Char> chars;
    chars.reserve(size_t(length) / 3 + 1);
    for (int at = 0; at < length;) {
        chars.push_back(nextChar(text, at, length));
        at = chars.back().end;
    }
    for (size_t i = 0; i < chars.size(); ++i) {
        const Char &c = chars[i];
        if (c.space)
            continue;
        if (const int rc = token(context, 0, c.bytes.data(), c.size, c.start, c.end); rc != SQLITE_OK)
            return rc;
        if (i + 1 == chars.size() || chars[i + 1].space)
            continue;
        const Char &next = chars[i + 1];
        std::copy_n(c.bytes.data(), c.size, pair.data());
        std::copy_n(next.bytes.data(), next.size, pair.data() + c.size);
        if (const int rc = token(context, 0, pair.data(), c.size + next.size, c.start, next.end); rc != SQLITE_OK)
            return rc;
    }
    return SQLITE_OK;
}

/// The connection's FTS5 interface (SQLite's documented way: a pointer passed through a statement).
fts5_api *fts5Of(sqlite3 *db)
{
    fts5_api *api = nullptr;
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &statement, nullptr) != SQLITE_OK)
        return nullptr;
    sqlite3_bind_pointer(statement, 1, static_cast<void *>(&api), "fts5_api_ptr", nullptr);
    sqlite3_step(statement);
    sqlite3_finalize(statement);
    return api;
}

int registerOn(sqlite3 *db, const char **, const sqlite3_api_routines *)
{
    fts5_api *api = fts5Of(db);
    if (api == nullptr || api->iVersion < 2)
        return SQLITE_OK; // no FTS5: the search tables cannot be used here anyway
    static fts5_tokenizer tokenizer{createTokenizer, deleteTokenizer, tokenize};
    return api->xCreateTokenizer(api, kName, nullptr, &tokenizer, nullptr);
}

} // namespace

void SearchTokenizer::registerForAllConnections()
{
    static std::once_flag once;
    std::call_once(once, [] {
        sqlite3_auto_extension(reinterpret_cast<void (*)()>(registerOn));
    });
}

} // namespace fazhi

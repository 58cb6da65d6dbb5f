// SPDX-License-Identifier: GPL-3.0-or-later
#include "OfdFontSubset.h"

#include <fontconfig/fontconfig.h>
#include <hb-subset.h>
#include <hb.h>

#include <algorithm>
#include <array>
#include <cstring>
#include <memory>

using namespace Qt::StringLiterals;

namespace fazhi {

namespace {

/// The tables a horizontal text face needs: outlines (CFF or TrueType with its hinting programs), the
/// character map, metrics and names.
constexpr std::array<const char *, 15> keptTables{"CFF ", "glyf", "loca", "cmap", "head", "hhea", "hmtx",
                                                  "maxp", "name", "OS/2", "post", "cvt ", "fpgm", "prep",
                                                  "gasp"};
/// The rest of a CJK face: layout and vertical tables, counted in its size only.
constexpr std::array<const char *, 8> otherTables{"GSUB", "GPOS", "GDEF", "BASE", "vhea", "vmtx", "VORG",
                                                  "DSIG"};

hb_tag_t tagOf(const char *name)
{
    return HB_TAG(name[0], name[1], name[2], name[3]);
}

struct BlobDeleter
{
    void operator()(hb_blob_t *b) const { hb_blob_destroy(b); }
};
struct FaceDeleter
{
    void operator()(hb_face_t *f) const { hb_face_destroy(f); }
};
struct InputDeleter
{
    void operator()(hb_subset_input_t *i) const { hb_subset_input_destroy(i); }
};
using Blob = std::unique_ptr<hb_blob_t, BlobDeleter>;
using Face = std::unique_ptr<hb_face_t, FaceDeleter>;
using Input = std::unique_ptr<hb_subset_input_t, InputDeleter>;

/// The face Qt draws with, read from its file where fontconfig knows it (mapped, not copied; for a .ttc
/// collection the face at its index), when it is the very face Qt uses: the same name and maxp tables.
Face fileFace(const QRawFont &font)
{
    FcPattern *pattern = FcPatternCreate();
    const QByteArray family = font.familyName().toUtf8();
    FcPatternAddString(pattern, FC_FAMILY, reinterpret_cast<const FcChar8 *>(family.constData()));
    FcObjectSet *objects = FcObjectSetBuild(FC_FILE, FC_INDEX, FC_STYLE, nullptr);
    FcFontSet *set = FcFontList(nullptr, pattern, objects);
    FcObjectSetDestroy(objects);
    FcPatternDestroy(pattern);
    if (!set)
        return nullptr;
    const QByteArray name = font.fontTable("name");
    const QByteArray maxp = font.fontTable("maxp");
    const auto same = [](hb_face_t *face, const char *tag, const QByteArray &data) {
        Blob table(hb_face_reference_table(face, tagOf(tag)));
        unsigned int length = 0;
        const char *bytes = hb_blob_get_data(table.get(), &length);
        return !data.isEmpty() && length == uint(data.size()) && memcmp(bytes, data.constData(), length) == 0;
    };
    Face found;
    for (int i = 0; i < set->nfont && !found; ++i) {
        FcChar8 *file = nullptr;
        int index = 0;
        if (FcPatternGetString(set->fonts[i], FC_FILE, 0, &file) != FcResultMatch ||
            FcPatternGetInteger(set->fonts[i], FC_INDEX, 0, &index) != FcResultMatch)
            continue;
        Blob blob(hb_blob_create_from_file_or_fail(reinterpret_cast<const char *>(file)));
        if (!blob)
            continue;
        Face face(hb_face_create(blob.get(), uint(index)));
        if (same(face.get(), "name", name) && same(face.get(), "maxp", maxp))
            found = std::move(face);
    }
    FcFontSetDestroy(set);
    return found;
}

/// The face put together from the tables Qt gives (the very face it draws with) by HarfBuzz's face
/// builder: slower (the outlines are copied twice), for a font whose file fontconfig does not know.
Face builtFace(const QRawFont &font, QString *why)
{
    QList<QByteArray> tables; // the builder's blobs point into these until the face is serialised
    tables.reserve(int(keptTables.size()));
    Face builder(hb_face_builder_create());
    bool hasCmap = false;
    bool hasOutlines = false;
    for (const char *name : keptTables) {
        QByteArray data = font.fontTable(name);
        if (data.isEmpty())
            continue;
        hasCmap = hasCmap || qstrcmp(name, "cmap") == 0;
        hasOutlines = hasOutlines || qstrcmp(name, "CFF ") == 0 || qstrcmp(name, "glyf") == 0;
        tables.append(std::move(data));
        Blob blob(hb_blob_create(tables.last().constData(), uint(tables.last().size()),
                                 HB_MEMORY_MODE_READONLY, nullptr, nullptr));
        if (!hb_face_builder_add_table(builder.get(), tagOf(name), blob.get())) {
            *why = u"cannot add table %1"_s.arg(QLatin1StringView(name));
            return nullptr;
        }
    }
    if (!hasCmap || !hasOutlines) {
        *why = u"font %1 has no cmap or no outlines"_s.arg(font.familyName());
        return nullptr;
    }
    Blob whole(hb_face_reference_blob(builder.get())); // a copy: the tables may go
    return Face(hb_face_create(whole.get(), 0));
}

} // namespace

qint64 OfdFontSubset::faceSize(const QRawFont &font)
{
    qint64 total = 0;
    for (const char *t : keptTables)
        total += font.fontTable(t).size();
    for (const char *t : otherTables)
        total += font.fontTable(t).size();
    return total;
}

QByteArray OfdFontSubset::make(const QRawFont &font, const QList<char32_t> &characters, QString *error)
{
    const auto fail = [&](const QString &why) {
        if (error)
            *error = why;
        return QByteArray();
    };
    if (!font.isValid())
        return fail(u"invalid font"_s);

    QString why;
    Face face = fileFace(font);
    if (!face)
        face = builtFace(font, &why);
    if (!face)
        return fail(why);

    Input input(hb_subset_input_create_or_fail());
    if (!input)
        return fail(u"hb_subset_input_create_or_fail failed"_s);
    hb_set_t *unicodes = hb_subset_input_unicode_set(input.get());
    for (const char32_t c : characters)
        hb_set_add(unicodes, c);
    // Nothing beyond the characters: no layout closure, no vertical metrics, no glyph names.
    hb_set_t *drop = hb_subset_input_set(input.get(), HB_SUBSET_SETS_DROP_TABLE_TAG);
    for (const char *name : otherTables)
        hb_set_add(drop, tagOf(name));
    std::array<hb_tag_t, 64> tags{};
    unsigned int count = uint(tags.size());
    hb_face_get_table_tags(face.get(), 0, &count, tags.data()); // a face from a file may have more
    for (unsigned int i = 0; i < count; ++i)
        if (std::none_of(keptTables.cbegin(), keptTables.cend(),
                         [&](const char *name) { return tagOf(name) == tags[i]; }))
            hb_set_add(drop, tags[i]);
    // CFF charstrings written out flat, without subroutines: the subset is made in half the time (no closure
    // and renumbering of subroutines) and the package is smaller, as flat charstrings deflate better.
    hb_subset_input_set_flags(input.get(), HB_SUBSET_FLAGS_DESUBROUTINIZE);

    Face subset(hb_subset_or_fail(face.get(), input.get()));
    if (!subset)
        return fail(u"hb_subset_or_fail failed for %1"_s.arg(font.familyName()));
    Blob out(hb_face_reference_blob(subset.get()));
    unsigned int length = 0;
    const char *data = hb_blob_get_data(out.get(), &length);
    if (!data || length == 0)
        return fail(u"empty subset of %1"_s.arg(font.familyName()));
    return QByteArray(data, qsizetype(length));
}

} // namespace fazhi

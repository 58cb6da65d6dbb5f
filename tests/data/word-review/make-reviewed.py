#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Makes reviewed.docx: the report of report.txt as a reviewer leaves it in a word processor with change
tracking on, made by LibreOffice itself.

report.txt is `fazhi render ../render/siping-town-2025.md --format txt -o -` (a layout block a line). This
script writes it as an OpenDocument text (reviewed.fodt) with recorded changes (insertions and deletions
by 李审核) and annotations, then has LibreOffice save it as DOCX:

    python3 make-reviewed.py && soffice --headless --convert-to docx reviewed.fodt

It also writes expected.txt: the text with every change accepted, and counts.json: how many changes and
comments the document holds.
"""
import json
import pathlib
from xml.sax.saxutils import escape

HERE = pathlib.Path(__file__).resolve().parent
AUTHOR = "李审核"
DATE = "2026-11-30T10:00:00"

lines = (HERE / "report.txt").read_text(encoding="utf-8").split("\n")
while lines and lines[-1] == "":
    lines.pop()

changes = []  # (id, kind, deleted text or None)
comments = 0
body = []  # the ODF paragraphs
expected = []  # the lines with every change accepted


def info():
    return (f"<office:change-info><dc:creator>{AUTHOR}</dc:creator><dc:date>{DATE}</dc:date>"
            "</office:change-info>")


def insertion(text):
    cid = f"ct{len(changes) + 1}"
    changes.append((cid, "insertion", None))
    return (f'<text:change-start text:change-id="{cid}"/>{escape(text)}'
            f'<text:change-end text:change-id="{cid}"/>')


def deletion(text):
    cid = f"ct{len(changes) + 1}"
    changes.append((cid, "deletion", text))
    return f'<text:change text:change-id="{cid}"/>'


def annotation(words, remark):
    global comments
    comments += 1
    name = f"__Annotation__{comments}"
    return (f'<office:annotation office:name="{name}"><dc:creator>{AUTHOR}</dc:creator>'
            f'<dc:date>{DATE}</dc:date><text:p>{escape(remark)}</text:p></office:annotation>'
            f'{escape(words)}<office:annotation-end office:name="{name}"/>')


def find(fragment, start=0):
    for i in range(start, len(lines)):
        if fragment in lines[i]:
            return i
    raise SystemExit(f"not in report.txt: {fragment}")


# What the reviewer does, by line: (line index) -> (odf paragraph, accepted text)
edits = {}

# 1. Two characters replaced in a paragraph of part one: a deletion and an insertion.
i = find("（一）健全依法行政")
line = lines[i]
a = len(line) // 2
old = line[a:a + 2]
edits[i] = (escape(line[:a]) + deletion(old) + insertion("切实") + escape(line[a + 2:]),
            line[:a] + "切实" + line[a + 2:])

# 2. Words put in the middle of another paragraph, and a comment on other words of it.
i = find("（二）加大普法")
line = lines[i]
a = len(line) // 3
edits[i] = (escape(line[:a]) + insertion("进一步") + escape(line[a:a + 6]) + annotation(line[a + 6:a + 12], "请补充具体数据。")
            + escape(line[a + 12:]),
            line[:a] + "进一步" + line[a:])

# 3. Words deleted from a paragraph of part two.
i = find("（一）法治意识")
line = lines[i]
a = len(line) // 2
edits[i] = (escape(line[:a]) + deletion(line[a:a + 5]) + escape(line[a + 5:]), line[:a] + line[a + 5:])

# 4. A whole new paragraph after a paragraph of part three.
i = find("（三）创新法治普法")
new_paragraph = "同时，建立健全法治建设考核评价机制，将考核结果纳入年度综合考核。"
edits[i] = (escape(lines[i]) + f'<text:change-start text:change-id="ct{len(changes) + 1}"/></text:p><text:p>'
            + escape(new_paragraph) + f'<text:change-end text:change-id="ct{len(changes) + 1}"/>',
            lines[i] + "\n" + new_paragraph)
changes.append((f"ct{len(changes) + 1}", "insertion", None))

# 5. A comment on the title.
title = lines[0]
edits[0] = (annotation(title[:8], "标题请按公文格式核对。") + escape(title[8:]), title)

for i, line in enumerate(lines):
    if i in edits:
        paragraph, accepted = edits[i]
    else:
        paragraph, accepted = escape(line), line
    body.append(f"<text:p>{paragraph}</text:p>")
    expected.append(accepted)

regions = []
for cid, kind, deleted in changes:
    if kind == "insertion":
        regions.append(f'<text:changed-region xml:id="{cid}" text:id="{cid}"><text:insertion>{info()}'
                       "</text:insertion></text:changed-region>")
    else:
        regions.append(f'<text:changed-region xml:id="{cid}" text:id="{cid}"><text:deletion>{info()}'
                       f"<text:p>{escape(deleted)}</text:p></text:deletion></text:changed-region>")

document = f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:dc="http://purl.org/dc/elements/1.1/"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:body><office:text>
<text:tracked-changes text:track-changes="true">{''.join(regions)}</text:tracked-changes>
{chr(10).join(body)}
</office:text></office:body></office:document>
"""
(HERE / "reviewed.fodt").write_text(document, encoding="utf-8")
(HERE / "expected.txt").write_text("\n".join(expected) + "\n", encoding="utf-8")
(HERE / "counts.json").write_text(json.dumps({"changes": len(changes), "comments": comments}) + "\n",
                                  encoding="utf-8")
print(f"{len(changes)} changes, {comments} comments")

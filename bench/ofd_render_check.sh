#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Renders page 1 of our OFD with an independent reader and compares it with page 1 of our PDF.
#
#   bench/ofd_render_check.sh [BUILD_DIR] [REPORT.md] [OUT_DIR]
#
# The reader is ofd.js 0.2.6 (npm, Apache-2.0, the last open-source release of DLTech21/ofd.js) in headless
# Chromium: it parses the package, reads each TextObject/TextCode with its DeltaX and draws the characters
# as SVG text in the font family the OFD names. The PDF's page is rendered by pdftoppm at the same
# resolution. Both images are reduced to ink (grey < 160), and the script prints, each way, the share of
# one image's ink with no ink of the other within 2 pixels, and the text lines (rows with ink) of both.
# It fails when either share is over 5 % or a line of the PDF has no line of the OFD within 2 pixels.
# Needs: chromium, nodejs + npm (to fetch ofd.js once), poppler-utils, python3-pil (scripts/setup.sh
# ofd-check installs them). The PNGs and a difference image stay in OUT_DIR to look at.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${1:-$root/build}
input=${2:-$root/tests/data/render/siping-town-2025.md}
out=${3:-$(mktemp -d)}
dpi=96
mkdir -p "$out"

cache=${XDG_CACHE_HOME:-$HOME/.cache}/fazhi-ofd-check
if [ ! -f "$cache/package/lib/ofd.umd.js" ]; then
    mkdir -p "$cache"
    (cd "$cache" && npm pack --silent ofd.js@0.2.6 >/dev/null && tar xzf ofd.js-0.2.6.tgz)
fi

export QT_QPA_PLATFORM=offscreen
"$build/src/cli/fazhi" render "$input" --format ofd -o "$out/report.ofd" >/dev/null
"$build/src/cli/fazhi" render "$input" --format pdf -o "$out/report.pdf" >/dev/null
pdftoppm -r "$dpi" -f 1 -l 1 -singlefile -png "$out/report.pdf" "$out/pdf-page1"

cp "$cache/package/lib/ofd.umd.js" "$out/ofd.umd.js"
{
    cat <<HTML
<!doctype html><html><head><meta charset="utf-8">
<style>html,body{margin:0;padding:0;background:#fff;overflow:hidden}</style>
<script src="ofd.umd.js"></script></head><body><div id="page"></div><script>
const b64 = "$(base64 -w0 "$out/report.ofd")";
const bytes = Uint8Array.from(atob(b64), c => c.charCodeAt(0)).buffer;
ofd.setPageScale($dpi / 25.4); // pixels per millimetre
ofd.parseOfdDocument({
  ofd: bytes,
  success(docs) {
    const div = ofd.renderOfdByScale(docs[0])[0];
    div.style.margin = '0';
    document.getElementById('page').appendChild(div);
    document.title = 'rendered';
  },
  fail(e) { document.title = 'failed: ' + e; }
});
</script></body></html>
HTML
} >"$out/ofd-page1.html"

w=$(python3 -c "print(round(210 / 25.4 * $dpi))")
h=$(python3 -c "print(round(297 / 25.4 * $dpi))")
chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --force-device-scale-factor=1 \
    --allow-file-access-from-files --window-size="$w,$h" --virtual-time-budget=20000 \
    --screenshot="$out/ofd-page1.png" "file://$out/ofd-page1.html" >/dev/null 2>&1

/usr/bin/python3 - "$out/pdf-page1.png" "$out/ofd-page1.png" "$out/difference.png" <<'PY'
import sys
from PIL import Image, ImageChops, ImageFilter

pdf, ofd = (Image.open(p).convert("L") for p in sys.argv[1:3])
if ofd.size != pdf.size:
    ofd = ofd.crop((0, 0) + pdf.size)
ink = lambda im: im.point(lambda v: 255 if v < 160 else 0)
a, b = ink(pdf), ink(ofd)
near = lambda im: im.filter(ImageFilter.MaxFilter(5))  # within 2 pixels

def share_without(x, y):
    total = sum(1 for v in x.getdata() if v)
    lonely = ImageChops.multiply(x, ImageChops.invert(near(y)))
    return total, sum(1 for v in lonely.getdata() if v) / max(total, 1)

def lines(im):
    w, h = im.size
    px = im.load()
    rows = [any(px[x, y] for x in range(w)) for y in range(h)]
    out, start = [], None
    for y, r in enumerate(rows + [False]):
        if r and start is None:
            start = y
        if not r and start is not None:
            out.append((start, y - 1))
            start = None
    return out

inkA, pdfOnly = share_without(a, b)
inkB, ofdOnly = share_without(b, a)
la, lb = lines(a), lines(b)
centre = lambda l: (l[0] + l[1]) / 2
worst = max(min(abs(centre(x) - centre(y)) for y in lb) for x in la) if la and lb else 1e9
print(f"page 1 at {pdf.size[0]}x{pdf.size[1]} px: PDF ink {inkA} px, OFD ink {inkB} px")
print(f"PDF ink with no OFD ink within 2 px: {pdfOnly:.2%}; OFD ink with no PDF ink within 2 px: {ofdOnly:.2%}")
print(f"text lines: PDF {len(la)}, OFD {len(lb)}; largest distance from a PDF line to the nearest OFD line: {worst:.1f} px")
rgb = Image.merge("RGB", (ImageChops.invert(b), ImageChops.invert(ImageChops.lighter(a, b)), ImageChops.invert(a)))
rgb.save(sys.argv[3])  # black: both; red: PDF only; blue: OFD only
ok = pdfOnly <= 0.05 and ofdOnly <= 0.05 and worst <= 2 and len(la) == len(lb)
print("OK" if ok else "MISMATCH")
sys.exit(0 if ok else 1)
PY

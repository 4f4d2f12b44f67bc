#!/bin/sh
# Makes static/fonts/figtree-subset.woff2, the site's one typeface, from the npm package
# @fontsource-variable/figtree (SIL Open Font License 1.1, licence kept beside the font).
# Run once when the typeface changes; nothing here is needed to run the site.
#   tools/subset_font.sh            (needs npm and python3; works in a temporary folder)
set -eu
VERSION=5.3.0
HERE=$(cd "$(dirname "$0")/.." && pwd)
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
cd "$WORK"
npm pack --silent "@fontsource-variable/figtree@$VERSION" >/dev/null
tar xzf fontsource-variable-figtree-$VERSION.tgz
python3 -m venv venv
venv/bin/pip install --quiet fonttools brotli
# Basic Latin, Latin-1 (å ä ö é ü …), the punctuation Finnish and Swedish text uses
# (– — ‘ ’ “ ” „ … • €) and the no-break and thin spaces of prices.
venv/bin/pyftsubset package/files/figtree-latin-wght-normal.woff2 \
  --unicodes="U+0020-007E,U+00A0-00FF,U+2009,U+2013-2014,U+2018-2019,U+201C-201E,U+2022,U+2026,U+202F,U+20AC,U+2212" \
  --layout-features="kern,liga,calt,tnum,lnum" \
  --flavor=woff2 --output-file="$HERE/static/fonts/figtree-subset.woff2"
cp package/LICENSE "$HERE/static/fonts/figtree-LICENSE.txt"
ls -l "$HERE/static/fonts"

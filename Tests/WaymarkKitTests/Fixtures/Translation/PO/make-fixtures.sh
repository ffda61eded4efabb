#!/bin/sh
# Regenerates the gettext-written PO fixtures (GNU gettext 0.21, Debian).
# Every .po here was last written by a gettext tool (msgcat/msgmerge), never by hand.
set -eu
cd "$(dirname "$0")"
T=$(mktemp -d)
mo=/usr/share/locale
# 1-3: msgunfmt of real catalogs, trimmed, rewritten by msgcat.
for l in ru ar ja; do
  msgunfmt "$mo/$l/LC_MESSAGES/glib20.mo" -o "$T/glib-$l.po"
  ./trim.py "$T/glib-$l.po" 220 > "$T/trim-$l.po"
  msgcat "$T/trim-$l.po" -o "glib20-$l.po"
done
# 4: msgmerge --previous against a changed template: fuzzy entries with #| and obsolete #~.
msgunfmt "$mo/pl/LC_MESSAGES/glib20.mo" -o "$T/glib-pl.po"
./trim.py "$T/glib-pl.po" 200 > "$T/trim-pl.po"
msgcat "$T/trim-pl.po" -o "$T/old-pl.po"
./make-pot.py 1 < "$T/old-pl.po" > "$T/new1.pot"
msgmerge --quiet --previous "$T/old-pl.po" "$T/new1.pot" -o "$T/merged1-pl.po"
# second round: fuzzy entries that disappear become obsolete with #~| previous.
./make-pot.py 2 < "$T/merged1-pl.po" > "$T/new2.pot"
msgmerge --quiet --previous "$T/merged1-pl.po" "$T/new2.pot" -o merge-pl.po
# 5: xgettext from C source: #. extracted comments, #: references, c-format flags,
# plurals and contexts, then msginit + msgmerge.
cp sample.c "$T/"
(cd "$T" && xgettext --from-code=UTF-8 --add-comments=TRANSLATORS: --keyword=_ \
  --keyword=N_:1,2 --keyword=C_:1c,2 --package-name=sample --msgid-bugs-address=x@example.org \
  -o sample.pot sample.c)
msginit --no-translator -l fr_FR.UTF-8 -i "$T/sample.pot" -o "$T/fr.po" 2>/dev/null
msgmerge --quiet --previous "$T/fr.po" "$T/sample.pot" -o xgettext-fr.po
# 6: line-breaking corner cases (punctuation, CJK, hyphens, quotes, tabs) by msgcat.
./make-wrapping.py > "$T/wrap.po"
msgcat "$T/wrap.po" -o msgcat-wrapping.po
# 7: #: reference lines filled to 79 columns by msgcat.
./make-references.py > "$T/refs.po"
msgcat "$T/refs.po" -o msgcat-references.po
# 8: --no-wrap output of a wrapped catalog.
msgcat --no-wrap glib20-ru.po -o msgcat-nowrap-ru.po
rm -rf "$T"

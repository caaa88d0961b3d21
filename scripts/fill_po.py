"""Fill a .po catalogue's empty msgstr entries from a TSV of `msgid<TAB>msgstr` lines, and report what is left.

python scripts/fill_po.py CATALOGUE.po TRANSLATIONS.tsv
"""

import sys

import polib


def main(po_path, tsv_path):
    table = {}
    with open(tsv_path, encoding="utf-8") as handle:
        for line in handle:
            line = line.rstrip("\n")
            if not line or line.startswith("#") or "\t" not in line:
                continue
            source, target = line.split("\t", 1)
            table[source] = target
    catalogue = polib.pofile(po_path)
    missing = []
    for entry in catalogue:
        if entry.obsolete:
            continue
        if entry.msgid in table and entry.msgid_plural:
            # Persian uses one form for every count; both plural slots get it.
            entry.msgstr_plural = {0: table[entry.msgid], 1: table[entry.msgid]}
            if "fuzzy" in entry.flags:
                entry.flags.remove("fuzzy")
        elif entry.msgid in table:
            entry.msgstr = table[entry.msgid]
            if "fuzzy" in entry.flags:
                entry.flags.remove("fuzzy")
        elif not entry.translated():
            missing.append(entry.msgid)
    catalogue.save(po_path)
    for msgid in missing:
        print("untranslated:", msgid)
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))

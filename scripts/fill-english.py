#!/usr/bin/env python3
"""Gives every message of share/translations/*_en.ts its source text.

The sources are English, so the English files only repeat them (tests/gui/test_Translations
checks that); run this after `cmake --build build --target update_translations`."""
import glob
import html
import os
import re
import sys

root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "share", "translations")
message = re.compile(r'(<message( numerus="yes")?>\s*<source>([^<]*)</source>\s*(?:<comment>[^<]*</comment>\s*)?)'
                     r'<translation type="unfinished">(?:[^<]*|(?:\s*<numerusform>[^<]*</numerusform>\s*)*)</translation>', re.S)


def fill(match):
    head, numerus, source = match.group(1), match.group(2), match.group(3)
    if numerus:
        return head + "<translation>\n            <numerusform>%s</numerusform>\n        </translation>" % source
    return head + "<translation>%s</translation>" % source


for path in sorted(glob.glob(os.path.join(root, "*_en.ts"))):
    with open(path, encoding="utf-8") as f:
        text = f.read()
    filled, count = message.subn(fill, text)
    if count:
        with open(path, "w", encoding="utf-8") as f:
            f.write(filled)
        print("%s: %d filled" % (os.path.basename(path), count), file=sys.stderr)

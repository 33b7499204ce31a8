#!/usr/bin/env python3
"""Writes ai-table.tsv, the project's table of GS1 Application Identifiers, from the GS1 Barcode
Syntax Dictionary (gs1-syntax-dictionary.txt, Apache-2.0, maintained by GS1 AISBL).

Usage: make-ai-table.py PATH/TO/gs1-syntax-dictionary.txt > ai-table.tsv

One row per dictionary entry (ranges kept as first..last). Columns:
  first, last       the AI or the range of AIs
  fixed             1 when the AI has a predefined length (no FNC1/GS separator needed)
  dl_attribute      1 when the AI may be a GS1 Digital Link query attribute
  spec              the components, space-separated: [optional] type length ,linters
  req               mandatory associations; several 'req=' keys separated by ';'
  ex                exclusions
  dlpkey            '-' (not a key), '' (key without qualifiers) or the qualifier sequences
  title
"""
import sys


def parse(line):
    body, _, title = line.partition('#')
    parts = body.split()
    ais = parts[0]
    flags = ''
    i = 1
    if i < len(parts) and all(c in '*?' for c in parts[i]) and not parts[i][0].isalnum():
        flags = parts[i]
        i += 1
    spec, attrs = [], []
    for p in parts[i:]:
        (attrs if (p.startswith('req=') or p.startswith('ex=') or p.startswith('dlpkey')) else spec).append(p)
    first, _, last = ais.partition('-')
    req = ';'.join(a[4:] for a in attrs if a.startswith('req='))
    ex = ','.join(a[3:] for a in attrs if a.startswith('ex='))
    dl = '-'
    for a in attrs:
        if a == 'dlpkey':
            dl = ''
        elif a.startswith('dlpkey='):
            dl = a[7:]
    return [first, last or first, '1' if '*' in flags else '0', '1' if '?' in flags else '0',
            ' '.join(spec), req, ex, dl, title.strip()]


def main():
    print('# GS1 Application Identifiers, derived from the GS1 Barcode Syntax Dictionary')
    print('# (Apache License 2.0; (c) BWIPP, Zint, GS1 AISBL) by make-ai-table.py. Do not edit by hand.')
    print('first\tlast\tfixed\tdl_attribute\tspec\treq\tex\tdlpkey\ttitle')
    with open(sys.argv[1], encoding='utf-8') as f:
        for line in f:
            if not line.strip() or line.startswith('#'):
                continue
            print('\t'.join(parse(line.rstrip('\n'))))


main()

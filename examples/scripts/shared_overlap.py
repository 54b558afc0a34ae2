#!/usr/bin/env python3
"""Lines of the repository that share a run of N words with the shared evaluation data.

    python3 examples/scripts/shared_overlap.py [N] [EVAL_DIR]      # N defaults to 7, EVAL_DIR to ../shared/eval

The evaluation data is written by other people and judges the project; none of it may be copied into the
repository, not even into a comment, an example or a test. This prints `path line count [runs]` for every
source, data and documentation line that shares a run of N words (lower-cased, typographic apostrophes folded)
with any of its .tsv or .jsonl files, so a copy can be found and rewritten. Stock phrases any agent or customer
writes ("is there anything else I can help with") show up too and may stay; a run with names, numbers or
unusual wording is a copy. It prints only the matched runs, never whole lines of the data.
"""
import os
import re
import sys

N = int(sys.argv[1]) if len(sys.argv) > 1 else 7
EVAL = sys.argv[2] if len(sys.argv) > 2 else os.path.join('..', 'shared', 'eval')
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
TEXT = re.compile(r'\.(java|tsv|txt|md|json|jsonl|csv|html|js|py|properties)$')


def words(s):
    return re.findall(r"[a-z0-9']+", s.lower().replace('\u2019', "'"))


def runs(line):
    w = words(line)
    return (' '.join(w[i:i + N]) for i in range(len(w) - N + 1))


def main():
    if not os.path.isdir(EVAL):
        sys.exit(f'{EVAL} is not a directory: pass the shared evaluation folder as the second argument')
    shared = set()
    for name in sorted(os.listdir(EVAL)):
        if name.endswith(('.tsv', '.jsonl')):
            with open(os.path.join(EVAL, name), encoding='utf-8') as f:
                for line in f:
                    shared.update(runs(line))
    found = 0
    for top, dirs, files in os.walk(ROOT):
        dirs[:] = sorted(d for d in dirs if d not in ('.git', 'target', 'node_modules', '.mvn'))
        for name in sorted(files):
            if not TEXT.search(name):
                continue
            path = os.path.join(top, name)
            try:
                with open(path, encoding='utf-8') as f:
                    lines = f.read().split('\n')
            except (UnicodeDecodeError, OSError):
                continue
            for number, line in enumerate(lines, 1):
                hits = sorted({r for r in runs(line) if r in shared})
                if hits:
                    found += 1
                    print(os.path.relpath(path, ROOT), number, len(hits), hits[:3])
    print(f'{found} lines share a run of {N} words with {EVAL}', file=sys.stderr)


if __name__ == '__main__':
    main()

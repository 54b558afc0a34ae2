#!/usr/bin/env python3
"""Splits the authored corpus into train / dev / test, deterministically.

Each message goes to a split by the MD5 of its text: 50% train (for trained models), 25% dev (used while
building the lexicon and tuning parameters), 25% test (held out: never read while building the lexicon,
the rules or the parameters; only used to report figures). Re-run after adding messages to authored/:

    python3 empathy-core/src/test/resources/corpus/split.py
"""
import hashlib
import pathlib

here = pathlib.Path(__file__).parent
splits = {"train": [], "dev": [], "test": []}
for path in sorted((here / "authored").glob("*.tsv")):
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        text = line.split("\t")[0]
        bucket = int(hashlib.md5(text.encode("utf-8")).hexdigest(), 16) % 100
        name = "train" if bucket < 50 else "dev" if bucket < 75 else "test"
        splits[name].append(line)
for name, lines in splits.items():
    (here / f"emotion-{name}.tsv").write_text("".join(l + "\n" for l in sorted(lines)), encoding="utf-8")
    print(name, len(lines))

"""Writes empathy-core/src/main/resources/dev/empathy/draft/en/rules.tsv from the rules_*.py tables.
Kept for authoring convenience only: the TSV file is the source of truth the library reads."""
import importlib.util, glob, os
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "empathy-core/src/main/resources/dev/empathy/draft/en/rules.tsv")
order = ["minimising","invalidating","blaming","policy","deflecting","condescending","commanding","non-apology","sympathy","sarcasm","dead-end","shouting","tone-mismatch"]
tables = {}
for f in sorted(glob.glob(os.path.join(HERE, "rules_*.py"))):
    spec = importlib.util.spec_from_file_location("m", f); m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m)
    for k, v in m.R.items():
        tables.setdefault(k, []).extend(v)
    for k, v in getattr(m, 'EXTRA', {}).items():
        tables.setdefault(k, []).extend(v)
header = """# empathy-rules 1
# locale: en
# The draft checker's built-in English rules. UTF-8; one rule a line; TAB-separated fields:
#   1 id            unique, upper case: MINIMISING_CALM_DOWN
#   2 category      minimising invalidating blaming policy deflecting condescending commanding non-apology
#                   sympathy sarcasm dead-end shouting tone-mismatch
#   3 severity      low | medium | high
#   4 pattern       token pattern(s), alternatives separated by ' || ' (syntax below)
#   5 message       one sentence shown to the agent
#   6 suggestions   rewrites separated by '|', best first; (delete) suggests deleting the span; may be empty
#   7 example       a draft that must match, the expected span marked [[like this]]
#   8 counter       a draft that must not match
#   9 when          optional: customer emotions the rule is limited to, separated by '|' (sadness|disappointment)
#
# Pattern syntax (elements separated by spaces, matched against OpenNLP tokens, never the raw string):
#   calm            the token "calm" (case and typographic apostrophes ignored)
#   don't           contractions are expanded in text and pattern alike: matches don't / dont / do not
#   calm|relax      one token out of several (each a single token after expansion)
#   ~calm           any inflection listed in words.tsv: calm calms calmed calming
#   @imperative     any word of a list in words.tsv
#   !i|we           any word token except these
#   $word $caps $bangs   any word / an all-caps word (not an acronym) / "!!" or more
#   x?              optional element          *2     a gap of 0..2 words (at most *4)
#   ^               first: match starts at the sentence's first word
#   [ ... ]         report only these elements; the rest is required context
#   ... -- but|instead   last: no match if one of these words follows later in the sentence
# At most 16 elements per pattern; no nesting or repetition, so matching stays linear in the draft length.
# Every rule's example and counter-example are checked by DraftRulesTest.
"""
lines = [header]
count = 0
ids = set()
for cat in order:
    lines.append(f"\n# ---- {cat}")
    for row in tables[cat]:
        rid, sev, pat, msg, sug, ex, counter = row[:7]
        when = row[7] if len(row) > 7 else ""
        assert rid not in ids, rid; ids.add(rid)
        fields = [rid, cat, sev, pat, msg, sug or "", ex, counter] + ([when] if when else [])
        for x in fields: assert "\t" not in x
        lines.append("\t".join(fields))
        count += 1
open(OUT, "w", encoding="utf-8").write("\n".join(lines) + "\n")
print(count, "rules")

#!/usr/bin/env python3
"""Count items whose text shares no content word with the title(s) of their labelled theme(s).

Usage: python3 overlap.py [questions.json] file.jsonl [file.jsonl ...]

A "content word" is any token (letters/digits, split on everything else, so
"long-term" -> "long", "term") that is not in the small stop-word list below.
Words are compared after crude suffix stripping plus a small irregular-verb map,
and two stems also count as the same word when one is a prefix of the other and
the shorter is at least 4 letters (so "merge", "merging", "merger", "merged" all
match; so do "leader"/"leadership", "human"/"humanity", "compassion"/"compassionate").
The matching is deliberately generous (it over-counts overlap rather than
under-counts it).

Two figures are reported per file:
  primary : no content word shared with the title of the first-listed theme
  all     : no content word shared with the title of ANY listed theme (strict)
"""
import json, os, re, sys

STOP = set("""
a an the and or but if of to in on at by for with from as is are was were be been being
have has had having do does did doing i me my myself we us our ours ourselves you your
yours yourself he him his himself she her hers herself it its itself they them their
theirs themselves oneself one's what which who whom whose this that these those am not no nor
so than too very can could will would shall should may might must just now then once
here there when where why how all any both each few more most other others some such
only own same about against between into through during before after above below up
down out off over under again further also yet still even ever via per vs versus
eg ie etc re de s t d ll m o ve y isn aren wasn weren don doesn didn won wouldn
shouldn couldn can't cannot let lets get got
""".split())
# note: "get"/"got"/"let" are treated as function words; no theme title uses them
# except "Getting started", where "getting" is kept as a content word (see below).
STOP -= {"getting"}

IRREGULAR = {
    "thought": "think", "built": "build", "took": "take", "taken": "take",
    "gave": "give", "given": "give", "made": "make", "led": "lead",
    "spoke": "speak", "spoken": "speak", "felt": "feel", "kept": "keep",
    "said": "say", "went": "go", "gone": "go", "ran": "run", "brought": "bring",
    "learnt": "learn", "began": "begin", "begun": "begin", "saw": "see",
    "seen": "see", "told": "tell", "got": "get", "lost": "lose", "left": "leave",
    "men": "man", "women": "woman", "people": "person", "children": "child",
    "failed": "fail", "better": "good", "best": "good",
}

SUFFIXES = ["ationally", "ational", "ations", "ation", "ingly", "ings", "ing",
            "edly", "ities", "ity", "ments", "ment", "ers", "er", "ies", "ied",
            "ed", "es", "s", "ally", "ly", "al", "ate", "e", "y"]

def stem(w):
    w = w.lower()
    if w in IRREGULAR:
        w = IRREGULAR[w]
    for _ in range(2):                      # at most two passes
        for suf in SUFFIXES:
            if w.endswith(suf) and len(w) - len(suf) >= 3:
                w = w[: -len(suf)]
                break
        else:
            break
    return w

def content_stems(text):
    toks = re.findall(r"[a-z0-9]+", text.lower().replace("\u2019", "'").replace("'s ", " "))
    return {stem(t) for t in toks if t not in STOP}

def same(a, b):
    if a == b:
        return True
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    return len(short) >= 4 and long_.startswith(short)

def shared(text_stems, title_stems):
    return sorted({t for t in title_stems for s in text_stems if same(s, t)})

def load_titles(path):
    d = json.load(open(path))
    return {t["id"]: t["title"] for q in d["questions"] for t in q["themes"]}

def main(argv):
    qpath = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "..", "Prompts", "questions.json")
    if argv and argv[0].endswith("questions.json"):
        qpath, argv = argv[0], argv[1:]
    titles = load_titles(qpath)
    for f in argv:
        items = [json.loads(l) for l in open(f) if l.strip()]
        n = len(items); prim = allt = 0
        hits = []
        for it in items:
            ts = content_stems(it["text"])
            p = shared(ts, content_stems(titles[it["themes"][0]]))
            a = [w for th in it["themes"] for w in shared(ts, content_stems(titles[th]))]
            prim += not p
            allt += not a
            if a:
                hits.append((it["id"], sorted(set(a))))
        print(f"{f}: {n} items; no overlap with primary theme title: {prim} "
              f"({100*prim/n:.0f}%); with any labelled theme title: {allt} ({100*allt/n:.0f}%)")
        for i, w in hits:
            print(f"    {i} shares: {', '.join(w)}")
    return 0

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

#!/usr/bin/env python3
"""prose-study-split.py RAW.json SKEL.json

Cuts the articles of the prose study set (docs/prose-study-set.md) into the lead sentences that were
annotated. RAW is a list of {article, title, publishedAt, source_url, text}; SKEL is written in the
news-event file shape of ../shared/notes/news-events.md with the first 10 sentences of at least four
words of each text and empty event lists, so that independent annotators number sentences alike."""
import json, re, sys
ABBR = re.compile(r"(?:\b(?:Mr|Mrs|Ms|Dr|Gen|Lt|Col|Sen|Rep|Gov|Sgt|Capt|Maj|Prof|St|Jr|Sr|No|U\.S|U\.N|U\.K|E\.U|Jan|Feb|Aug|Sept|Sep|Oct|Nov|Dec|Inc|Co|Corp|vs|etc)\.|\b[A-Z]\.)$")
def sentences(text):
    out = []
    for para in re.split(r"\n+", text):
        para = para.strip()
        if not para:
            continue
        start = 0
        for m in re.finditer(r"[.!?][\"”’')]*\s+(?=[\"“‘(]?[A-Z0-9])", para):
            cand = para[start:m.end()].strip()
            if ABBR.search(para[start:m.start()+1]):
                continue
            out.append(cand); start = m.end()
        if para[start:].strip():
            out.append(para[start:].strip())
    return out
raw = json.load(open(sys.argv[1]))
res = []
for a in raw:
    s = [x for x in sentences(a["text"]) if len(x.split()) >= 4][:10]
    res.append({**a, "sentences": [{"i": i, "text": t, "events": []} for i, t in enumerate(s)]})
json.dump(res, open(sys.argv[2], "w"), indent=1, ensure_ascii=False)
print(len(res), "articles,", sum(len(a["sentences"]) for a in res), "sentences")

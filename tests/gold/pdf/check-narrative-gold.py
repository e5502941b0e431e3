#!/usr/bin/env python3
"""Reads a narrative PDF gold back against pdftotext -layout (an independent reading): the headings and texts of all
sections, joined without whitespace, must equal the body text pdftotext prints from the first body heading on (page
numbers left out), and every toc title must appear in order in the contents. Usage: check-narrative-gold.py GOLD PDF"""
import json, re, subprocess, sys
# --tables: the tables are printed in the same file, under a part heading with no text of its own (第二部分 …预算表);
# what pdftotext prints from there to the next section's heading is the tables, checked by check-gold.py --span.
tables = "--tables" in sys.argv
sys.argv = [a for a in sys.argv if a != "--tables"]
gold, pdf = sys.argv[1], sys.argv[2]
g = json.load(open(gold))
txt = subprocess.run(["pdftotext", "-layout", pdf, "-"], capture_output=True, text=True).stdout
lines = [l for l in txt.replace("\f", "\n").split("\n") if l.strip() and not re.fullmatch(r"\s*[-─—]?\s*\d{1,3}\s*[-─—]?\s*", l)]
P = re.sub(r"\s+", "", "".join(lines))
ws = lambda s: re.sub(r"\s+", "", s or "")
body = "".join(ws(s["heading"]) + ws(s["text"]) for s in g["sections"])
at = P.find(ws(g["sections"][0]["heading"]), P.find(ws(g["sections"][0]["heading"])) + 1)  # the body's first heading (after the toc's)
rest = P[at:]
if tables:
    secs = g["sections"]
    k = next(i for i, s in enumerate(secs) if s["level"] == 1 and not s["text"] and i + 1 < len(secs) and secs[i + 1]["level"] == 1)
    pre = "".join(ws(s["heading"]) + ws(s["text"]) for s in secs[:k + 1])
    cut = rest.find(ws(secs[k + 1]["heading"]), len(pre))
    print("tables: %d characters between %s and %s left to check-gold.py --span" % (cut - len(pre), secs[k]["heading"], secs[k + 1]["heading"]))
    rest = rest[:len(pre)] + rest[cut:]
if rest == body: print("sections: body text equals pdftotext's, character for character (%d chars)" % len(body))
else:
    i = next((k for k in range(min(len(rest), len(body))) if rest[k] != body[k]), min(len(rest), len(body)))
    print("MISMATCH at", i, "\n pdftotext:", rest[max(0,i-30):i+40], "\n gold     :", body[max(0,i-30):i+40])
toc = P[:at]
pos = 0
for t in g["toc"]:
    k = toc.find(ws(t["title"]), pos)
    if k < 0: print("TOC MISSING", t["title"])
    else: pos = k
print("toc: %d entries found in order" % len(g["toc"]))
# text rules: a break survives only after a line ending on neither a letter nor a digit, or before an enumerated item
for s in g["sections"]:
    for para in (s["text"] or "").split("\n"):
        if para != para.strip(): print("UNTRIMMED", s["heading"], para[:30])
print("issuer", g["issuer"], "year", g["year"], "issuer printed:", ws(g["issuer"]) in P, "year printed:", str(g["year"]) in P)

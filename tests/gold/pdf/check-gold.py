#!/usr/bin/env python3
"""Checks a PDF gold file: the arithmetic of every table, and that the amounts of each page equal (as a multiset)
the amounts pdftotext -layout prints on that page (an independent reading). Usage: check-gold.py GOLD PDF"""
import json, re, subprocess, sys
from collections import Counter
from decimal import Decimal as D
# --span: for a PDF whose tables share pages with each other and with narrative (renda 2017/2018), the page and row
# readings below do not apply; instead the amounts of all tables together must equal (as a multiset) the amounts
# pdftotext prints from the first table's title to the last table's last row (attachment labels such as 公开 02 表 left out).
span = "--span" in sys.argv
sys.argv = [a for a in sys.argv if a != "--span"]
gold, pdf = sys.argv[1], sys.argv[2]
doc = json.load(open(gold))
bad = 0
def check(what, a, b):
    global bad
    if a != b: bad += 1; print("ARITH", what, a, "!=", b)
for t in doc["tables"]:
    rows, k = t["rows"], t["kind"]
    v = lambda r, key: D(str(r["values"].get(key) or 0))
    if k in ("fiscal-allocation-expenditure", "general-budget-expenditure", "fiscal-allocation-basic-expenditure", "general-budget-basic-expenditure", "office-operation-expenses", "government-fund-expenditure"):
        key = "amount" if k == "office-operation-expenses" else "total"
        coded = [r for r in rows if r["code"]]
        tot = [r for r in rows if r["role"] == "total"]
        if tot: check(t["title"] + " 合计=类之和", v(tot[0], key), sum(v(r, key) for r in coded if len(r["code"]) == 3))
        for r in coded:
            if len(r["code"]) < 7:
                kids = [c for c in coded if c["code"].startswith(r["code"]) and len(c["code"]) == len(r["code"]) + 2]
                if kids: check(r["code"], v(r, key), sum(v(c, key) for c in kids))
    if k == "three-public-expenses":
        r = rows[0]
        check("三公小计", v(r, "threePublicSubtotal"), v(r, "overseasTravel") + v(r, "vehicleTotal") + v(r, "reception"))
        check("公务用车", v(r, "vehicleTotal"), v(r, "vehiclePurchase") + v(r, "vehicleOperation"))
        check("合计", v(r, "total"), v(r, "threePublicSubtotal") + v(r, "meeting") + v(r, "training"))
    if k == "expenditure-summary":
        for r in rows: check("支出总表", v(r, "total"), sum(v(r, x) for x in r["values"] if x != "total"))
    if k == "government-procurement":
        tot = [r for r in rows if r["role"] == "total"][0]
        check("采购合计", v(tot, "total"), sum(v(r, "total") for r in rows if r["level"] == 1))
        for i, r in enumerate(rows):
            if r["role"] == "subtotal":
                s = D(0)
                for c in rows[i + 1:]:
                    if c["level"] <= r["level"]: break
                    if c["level"] == r["level"] + 1: s += v(c, "total")
                check("采购 " + r["name"], v(r, "total"), s)
    if k == "income-summary":
        tot = [r for r in rows if r["role"] == "total"][0]
        check("收入总计", v(tot, "total"), sum(v(r, "total") for r in rows if r["name"] == "小计"))
        for g in {r.get("group") for r in rows if r.get("group")}:
            part = [r for r in rows if r.get("group") == g]
            items = [r for r in part if r["level"] == 2 and r["role"] == "item"]
            if items: check("收入 " + g, v(part[0], "total"), sum(v(r, "total") for r in items))
    if k in ("income-expenditure-summary", "fiscal-allocation-summary"):
        for side in ("income", "expenditure", "expenditure-use"):
            key = lambda r: v(r, "amount") + v(r, "total")
            items = [r for r in rows if r["side"] == side and r["level"] == 1 and r["role"] in ("item", "subtotal") and not r["name"].endswith("小计") and "结转" not in r["name"]]
            tot = [r for r in rows if r["side"] in ("expenditure", side) and r["role"] in ("total", "subtotal") and r["name"].endswith(("小计", "合计"))]
            if items and tot: check(t["title"] + " " + side, key(tot[0]), sum(key(r) for r in items))
if span:
    pages = subprocess.run(["pdftotext", "-layout", pdf, "-"], capture_output=True, text=True).stdout.split("\f")
    first, last = doc["tables"][0], doc["tables"][-1]
    body = "\f".join(pages[first["location"]["page"] - 1:last["rows"][-1]["location"]["page"]])
    ws = lambda x: re.sub(r"\s+", "", x)
    flat = [(l, ws(l)) for l in body.splitlines()]
    start = next(i for i, (_, w) in enumerate(flat) if w.startswith(ws(first["title"])))
    name = ws(last["rows"][-1]["name"] or "")
    end = max(i for i, (_, w) in enumerate(flat) if name and name in w)
    numx = re.compile(r"(?<![\d.])(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d{2})?(?![\d.])")
    printed = Counter(D(m.replace(",", "")) for l, _ in flat[start:end + 1] if not re.fullmatch(r"\s*[1-9]\d{0,2}\s*", l)
                      for m in numx.findall(re.sub(r"^\s*\d{3}(?:\d{2}){0,2}\s", " ", re.sub(r"（20 ?万以下）|20 ?万以下|\d{4} ?年|^\s*(?:公开|部门公开|附)?\s*\d{1,2}\s*表\s*$", "", l))))
    golden = Counter(D(str(x)) for t in doc["tables"] for r in t["rows"] for x in r["values"].values() if x is not None)
    if printed != golden: bad += 1; print("SPAN pdftotext-only", printed - golden, "gold-only", golden - printed)
    else: print("span: %d amounts of %d tables equal pdftotext's, as a multiset" % (sum(golden.values()), len(doc["tables"])))
    print("tables", len(doc["tables"]), "rows", sum(len(t["rows"]) for t in doc["tables"]), "problems", bad)
    sys.exit(1 if bad else 0)
# independent reading: the amounts per page (a table continued over pages counts each row on its own page)
text = subprocess.run(["pdftotext", "-layout", pdf, "-"], capture_output=True, text=True).stdout.split("\f")
num = re.compile(r"(?<![\d.])(?:\d{1,3}(?:,\d{3})+|\d+)\.\d{2}(?![\d])")
golden, titles = {}, {}
for t in doc["tables"]:
    page = t["location"]["page"]
    pages = sorted({page} | {r["location"]["page"] for r in t["rows"]})  # a table continued over pages
    printed = Counter(D(m.replace(",", "")) for p in pages for m in num.findall(text[p - 1]))
    golden = Counter(D(str(x)) for r in t["rows"] for x in r["values"].values() if x is not None)
    if printed != golden: bad += 1; print("PAGE", page, t["title"], "pdftotext-only", printed - golden, "gold-only", golden - printed)
# independent reading: every row read back against its printed line (pdftotext -layout, whitespace-split tokens):
# the code token, then the name token, then the row's amounts in order (a procurement item's method token may
# stand between); rows in gold order, on the same or later lines; printed codes no row accounts for are reported.
amount = lambda tok: num.fullmatch(tok) is not None
for t in doc["tables"]:
    page = t["location"]["page"]
    lines = [l.split() for p in range(page, page + 2) if p <= len(text) for l in text[p - 1].splitlines()]
    cursor, used, first = (0, -1), set(), None
    for r in t["rows"]:
        want = [D(str(x)) for x in r["values"].values() if x is not None]
        found = None
        for i in range(cursor[0], len(lines)):
            toks = lines[i]
            for j, tok in enumerate(toks):
                if (i, j) <= cursor: continue
                if r["name"] is None:
                    if j == 0 and toks and all(amount(x) for x in toks): found = (i, j)
                elif tok == r["name"] and (not r["code"] or (j > 0 and toks[j - 1] == r["code"])): found = (i, j)
                elif r["name"] and len(tok) > 1 and r["name"].startswith(tok) and tok != r["name"] and not r["code"]:
                    # a cell wrapped over lines: the rest of the name heads one of the next two lines, the amounts between
                    rest = [n for n in (i + 1, i + 2) if n < len(lines) and lines[n] and tok + lines[n][0] == r["name"]]
                    if rest: found = (i, j); wrapped = rest[0]
                if found: break
            if found: break
        if not found: bad += 1; print("ROW not printed", t["title"], r["code"], r["name"]); continue
        i, j = found
        toks, k, got = lines[i], (j if r["name"] is None else j + 1), []
        if r["name"] and toks[j] != r["name"]:
            toks, k = toks[:j + 1] + [x for n in range(i + 1, wrapped + 1) for x in (lines[n][1:] if n == wrapped else lines[n])], j + 1
        if r.get("method") and k < len(toks) and toks[k] == r["method"]: k += 1
        while k < len(toks) and amount(toks[k]): got.append(D(toks[k].replace(",", ""))); k += 1
        if r.get("project") and not (j > 0 and lines[i][j - 1] == r["project"]): bad += 1; print("PROJECT", t["title"], r["name"], r["project"], lines[i])
        if got != want: bad += 1; print("ROW amounts", t["title"], r["code"], r["name"], "printed", got, "gold", want)
        if r["code"]: used.add((i, j - 1))
        used.add((i, j))
        if r["name"] and lines[i][j] != r["name"]: used.add((wrapped, 0))
        for m in range(i, (wrapped if r["name"] and lines[i][j] != r["name"] else i) + 1):
            for n, x in enumerate(lines[m]):
                if x in (r.get("method"), r.get("project"), r.get("group")): used.add((m, n))
        first = i if first is None else first
        cursor = (i, j + len(got))
    printed_tokens = {x for toks in lines for x in toks}
    for r in t["rows"]:
        if r.get("group") and r["group"] not in printed_tokens: bad += 1; print("GROUP not printed", t["title"], r["name"], r["group"])
    # completeness: every label printed among the table's rows is some row's name, code, project, method or group
    # (a row printed with no amount and left out of the gold shows here); the page's title and header lines excepted
    if first is not None:
        head = {x for toks in lines[:first] for x in toks}
        for i in range(first, cursor[0] + 1):
            for j, tok in enumerate(lines[i]):
                if (i, j) in used or amount(tok) or tok in head or re.fullmatch(r"\d+", tok) or tok.startswith(("部门：", "单位：")) or tok in t["title"]: continue
                if any(r.get("group") == tok for r in t["rows"]): continue
                bad += 1; print("PRINTED, no row", t["title"], tok, lines[i])
    for i, toks in enumerate(lines):
        for j, tok in enumerate(toks):
            if re.fullmatch(r"\d{3}(?:\d{2}){0,2}", tok) and j + 1 < len(toks) and not amount(toks[j + 1]) and (i, j) not in used and i <= cursor[0] and t["kind"] != "government-procurement":
                bad += 1; print("CODE printed, no row", t["title"], tok, toks[j + 1])
print("tables", len(doc["tables"]), "rows", sum(len(t["rows"]) for t in doc["tables"]), "problems", bad)
sys.exit(1 if bad else 0)

#!/usr/bin/env python3
"""Checks a PDF gold file: the arithmetic of every table, and that the amounts of each page equal (as a multiset)
the amounts pdftotext -layout prints on that page (an independent reading). Usage: check-gold.py GOLD PDF"""
import json, re, subprocess, sys
from collections import Counter
from decimal import Decimal as D
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
# independent reading: the amounts per page (a table continued over pages counts each row on its own page)
text = subprocess.run(["pdftotext", "-layout", pdf, "-"], capture_output=True, text=True).stdout.split("\f")
num = re.compile(r"(?<![\d.])(?:\d{1,3}(?:,\d{3})+|\d+)\.\d{2}(?![\d])")
golden, titles = {}, {}
for t in doc["tables"]:
    titles.setdefault(t["location"]["page"], []).append(t["title"])
    golden.setdefault(t["location"]["page"], Counter())
    for r in t["rows"]:
        page = r["location"].get("page", t["location"]["page"])
        golden.setdefault(page, Counter()).update(D(str(x)) for x in r["values"].values() if x is not None)
for page, gold_amounts in sorted(golden.items()):
    printed = Counter(D(m.replace(",", "")) for m in num.findall(text[page - 1]))
    if printed != gold_amounts: bad += 1; print("PAGE", page, titles.get(page), "pdftotext-only", printed - gold_amounts, "gold-only", gold_amounts - printed)
print("tables", len(doc["tables"]), "rows", sum(len(t["rows"]) for t in doc["tables"]), "problems", bad)
sys.exit(1 if bad else 0)

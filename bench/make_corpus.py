#!/usr/bin/python3
"""Build the benchmark corpus: JSONL stories made of our own sample sentences.

Sentences come from examples/*.jsonl and, when present, the texts of tests/gold/*.jsonl
(all written for herodote).  Stories get 3-12 sentences drawn at random (fixed seed,
so the corpus is the same on every machine), varied ids, dates 2018-2026 and both
languages.  Usage: make_corpus.py OUT.jsonl MEGABYTES
"""
import glob, json, random, re, sys

def sentences(text):
    # a rough split is enough here: the corpus only needs realistic sentences
    return [s.strip() for s in re.split(r'(?<=[.!?»"])\s+(?=[«"A-ZÉÈÀÂ])', text) if len(s.strip()) > 20]

def main():
    out, mb = sys.argv[1], float(sys.argv[2])
    pools = {"fr": [], "en": []}
    for path in sorted(glob.glob("examples/*.jsonl") + glob.glob("tests/gold/*.jsonl")):
        for line in open(path, encoding="utf-8"):
            try:
                d = json.loads(line)
            except ValueError:
                continue
            text = d.get("text", "")
            lang = d.get("lang") or ("fr" if re.search(r"\b(le|la|les|des|du)\b", text) else "en")
            if lang in pools:
                pools[lang].extend(sentences(text))
    rnd = random.Random(20241129)
    target = int(mb * 1024 * 1024)
    size = n = 0
    with open(out, "w", encoding="utf-8") as f:
        while size < target:
            lang = "fr" if n % 2 == 0 else "en"
            pool = pools[lang] or pools["fr"] or pools["en"]
            k = rnd.randint(3, 12)
            text = " ".join(rnd.choice(pool) for _ in range(k))
            date = "%04d-%02d-%02d" % (rnd.randint(2018, 2026), rnd.randint(1, 12), rnd.randint(1, 28))
            line = json.dumps({"id": "bench-%07d" % n, "date": date, "lang": lang, "text": text},
                              ensure_ascii=False) + "\n"
            f.write(line)
            size += len(line.encode("utf-8"))
            n += 1
    print("corpus: %s, %d stories, %.1f MB" % (out, n, size / 1048576))

main()

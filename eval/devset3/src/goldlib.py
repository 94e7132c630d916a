"""Helpers that write one gold file and check that every evidence quote occurs in its document."""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE.parent / "docs"
GOLD = HERE.parent / "gold"


def county(label, province, prefecture, adcode, focus=False):
    return {"label": label, "province": province, "prefecture": prefecture,
            "adcode": adcode, "focus": focus}


def write(doc, encoding, counties, rows):
    text = (DOCS / doc).read_bytes().decode(encoding)
    focus = next(c["label"] for c in counties if c["focus"])
    triples, bad = [], []
    for p, o, req, ev in rows:
        o = [o] if isinstance(o, str) else list(o)
        if ev not in text:
            bad.append(ev)
        triples.append({"s": focus, "p": p, "o": o, "required": req, "evidence": ev})
    if bad:
        raise SystemExit(f"{doc}: evidence not found:\n  " + "\n  ".join(bad))
    out = GOLD / (Path(doc).stem + ".json")
    out.write_text(json.dumps({"doc": doc, "counties": counties, "triples": triples},
                              ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    req = sum(t["required"] for t in triples)
    print(f"{out.name}: {len(triples)} triples, {req} required")

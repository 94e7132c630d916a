"""scripts/evidence_recall.py: recall on gold evidence quotes, where the documents are missing."""

import importlib.util
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "scripts" / "evidence_recall.py"


def load():
    spec = importlib.util.spec_from_file_location("evidence_recall", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_a_quote_without_the_county_gets_its_name_as_subject():
    probe = load()
    assert probe.quote_document("安吉县", "被评为国家生态县") == "安吉县\n安吉县被评为国家生态县。"
    assert probe.quote_document("安吉县", "安吉探索“两山银行”") == "安吉县\n安吉探索“两山银行”。"


def test_counts_the_required_triples_found_in_their_quotes(tmp_path):
    gold = {"doc": "x.txt",
            "counties": [{"label": "安吉县", "province": "浙江省", "prefecture": "湖州市",
                          "adcode": "330523", "focus": True}],
            "triples": [
                {"s": "安吉县", "p": "received", "o": ["国家生态文明建设示范县"], "required": True,
                 "evidence": "安吉县被生态环境部命名为国家生态文明建设示范县"},
                {"s": "安吉县", "p": "implements", "o": ["两山银行"], "required": True,
                 "evidence": "今年天气晴好"},
                {"s": "安吉县", "p": "implements", "o": ["河长制"], "required": False,
                 "evidence": "推行河长制"}]}
    (tmp_path / "x.json").write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    saved = tmp_path / "out.tsv"
    run = subprocess.run([sys.executable, str(SCRIPT), str(tmp_path), "--save", str(saved)],
                         capture_output=True, text=True, check=True)
    assert "received           1 of     1" in run.stdout
    assert "implements         0 of     1" in run.stdout
    assert "all                1 of     2" in run.stdout
    assert [line.split("\t")[0] for line in saved.read_text(encoding="utf-8").splitlines()] == ["1", "0"]

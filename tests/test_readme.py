"""The README tells the truth: its Python example runs."""

from __future__ import annotations

import re
import subprocess
import sys

from conftest import ROOT


def test_the_python_api_example_runs(tmp_path):
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    example = re.search(r"## Python API\s+```python\n(.*?)```", readme, re.S).group(1)
    example = example.replace('"/tmp/my-store"', repr(str(tmp_path / "store")))
    run = subprocess.run([sys.executable, "-c", example], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr
    lines = run.stdout.splitlines()
    assert lines[0].startswith("通城县 ")
    assert {"寻乌县", "通城县", "东海县", "汤阴县"} <= set(lines[1:])


def test_the_readme_starts_with_the_two_commands():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = re.search(r"```bash\n(.*?)```", readme, re.S).group(1).strip().splitlines()
    assert block == ["pip install . && kg build", "pip install -e '.[test]' && pytest"]
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert block[1] in ci


def test_the_query_output_shown_in_the_readme_is_current(runner, seed_store):
    from kg.cli import app

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    shown = re.findall(r"^\$ kg query (queries/\S+\.rq)\n(.*?)(?=\n\n|\n```)", readme, re.S | re.M)
    assert len(shown) >= 3
    for query, table in shown:
        result = runner.invoke(app, ["query", str(ROOT / query), "--store", str(seed_store)])
        assert result.exit_code == 0, result.output
        assert [line.split() for line in result.stdout.strip().splitlines()] == \
            [line.split() for line in table.strip().splitlines()], query

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

"""Build hook: ship the top-level ontology/ and queries/ inside the installed package.

They stay at the top of the repository (where researchers look for them); a
non-editable install copies them into kg/_bundled/ so `kg validate` and the
query library work from site-packages too.
"""
import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

HERE = Path(__file__).parent


class BuildWithBundledData(build_py):
    def run(self):
        super().run()
        target = Path(self.build_lib) / "kg" / "_bundled"
        for folder in ("ontology", "queries"):
            src = HERE / folder
            if src.is_dir():
                shutil.copytree(src, target / folder, dirs_exist_ok=True)


setup(cmdclass={"build_py": BuildWithBundledData})

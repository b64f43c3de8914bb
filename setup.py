"""Build step that pyproject.toml cannot express: the wheel carries ``resources/``.

The sample project, translations, icons, fonts and styles live in the top-level ``resources/``
folder (every engineer adds translations there). A wheel holds packages only, so the build
copies that folder into the package as ``workbench/resources``; ``workbench.resources_dir()``
finds it there in an installed copy, and beside the package in a checkout or editable install.
"""
import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

HERE = Path(__file__).resolve().parent
SKIP = shutil.ignore_patterns("__pycache__", "*.py", "*.pyc", "*.ts")   # generators and sources of .qm files


class BuildPyWithResources(build_py):
    def run(self):
        super().run()
        if getattr(self, "editable_mode", False):
            return              # an editable install reads resources/ where it is
        shutil.copytree(HERE / "resources", Path(self.build_lib) / "workbench" / "resources",
                        ignore=SKIP, dirs_exist_ok=True)


setup(cmdclass={"build_py": BuildPyWithResources})

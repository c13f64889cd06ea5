"""Packaging: a wheel (and the editable install) gives one top-level package, `wirecopy`, and the
installed command works from a directory outside the checkout."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest

from tests.conftest import ROOT, SAMPLES

# The repository folders that the wheel installs under `wirecopy.`.
PACKAGE_DIRS = {"flows": "flows", "tasks": "tasks", "schemas": "schemas", "dashboard": "dashboard"}


def _run(*args: str | Path, cwd: Path, env: dict[str, str] | None = None) -> str:
    result = subprocess.run(
        [str(a) for a in args], cwd=cwd, env=env, capture_output=True, text=True, timeout=600
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return result.stdout


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A wheel built as `pip wheel .` builds it (isolated build), from a copy of the sources:
    setuptools builds in the tree and never empties build/, so a wheel built in a used checkout
    can carry modules that no longer exist."""
    source = tmp_path_factory.mktemp("source")
    for name in ("pyproject.toml", "README.md", "wirecopy", *PACKAGE_DIRS.values()):
        if (ROOT / name).is_dir():
            shutil.copytree(
                ROOT / name,
                source / name,
                symlinks=True,
                ignore=shutil.ignore_patterns("__pycache__"),
            )
        else:
            shutil.copy2(ROOT / name, source / name)
    out = tmp_path_factory.mktemp("wheel")
    _run(sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "-w", out, source, cwd=out)
    (built,) = out.glob("wirecopy-*.whl")
    return built


def test_the_wheel_holds_one_top_level_package_with_every_module(wheel: Path) -> None:
    names = zipfile.ZipFile(wheel).namelist()
    assert {n.split("/")[0] for n in names if not n.split("/")[0].endswith(".dist-info")} == {
        "wirecopy"
    }
    modules = {n for n in names if n.endswith(".py")}
    expected = {"wirecopy/__init__.py", "wirecopy/__main__.py"}
    for package, folder in PACKAGE_DIRS.items():
        expected |= {
            f"wirecopy/{package}/{p.relative_to(ROOT / folder).as_posix()}"
            for p in (ROOT / folder).rglob("*.py")
            if "__pycache__" not in p.parts
        }
    assert modules == expected
    entry_points = next(n for n in names if n.endswith("entry_points.txt"))
    assert (
        "wirecopy = wirecopy.flows.cli:main" in zipfile.ZipFile(wheel).read(entry_points).decode()
    )


def test_a_wheel_install_works_from_outside_the_checkout(wheel: Path, tmp_path: Path) -> None:
    venv = tmp_path / "venv"
    _run(sys.executable, "-m", "venv", venv, cwd=tmp_path)
    # The dependencies come from this test environment (no download); wirecopy from the wheel.
    site = Path(
        _run(
            venv / "bin" / "python",
            "-c",
            "import sysconfig; print(sysconfig.get_paths()['purelib'])",
            cwd=tmp_path,
        ).strip()
    )
    (site / "_test_deps.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    _run(
        venv / "bin" / "python", "-m", "pip", "install", "--quiet", "--no-deps", wheel, cwd=tmp_path
    )
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PREFECT_", "WIRECOPY_"))}
    assert _run(venv / "bin" / "wirecopy", "--version", cwd=elsewhere, env=env).startswith(
        "wirecopy 0.1"
    )
    assert "ingest" in _run(venv / "bin" / "python", "-m", "wirecopy", "--help", cwd=elsewhere)
    where = _run(
        venv / "bin" / "python", "-c", "import wirecopy.flows; print(wirecopy.flows.__file__)",
        cwd=elsewhere,
    )  # fmt: skip
    assert where.startswith(str(site))  # the installed copy, not the checkout
    for name in PACKAGE_DIRS:  # no generic top-level packages that could collide
        probe = subprocess.run(
            [venv / "bin" / "python", "-c", f"import {name}"], cwd=elsewhere, capture_output=True
        )
        assert probe.returncode != 0
    out = _run(
        venv / "bin" / "wirecopy", "ingest", SAMPLES, "--db", tmp_path / "w.duckdb",
        cwd=elsewhere, env=env,
    )  # fmt: skip
    n = len([p for p in SAMPLES.rglob("*") if p.is_file()])
    assert f"seen {n} · new {n}" in out
    serve = subprocess.run(
        [venv / "bin" / "wirecopy", "serve"], cwd=elsewhere, env=env, capture_output=True, text=True
    )
    assert serve.returncode == 2
    assert "no prefect.yaml found" in serve.stderr and "--config" in serve.stderr


def test_the_editable_install_is_the_same_namespace(tmp_path: Path) -> None:
    exe = Path(sys.executable).parent / "wirecopy"
    assert _run(exe, "--version", cwd=tmp_path).startswith("wirecopy 0.1")
    where = _run(
        sys.executable, "-c", "import wirecopy.tasks; print(wirecopy.tasks.__file__)", cwd=tmp_path
    )
    assert Path(where.strip()).resolve() == (ROOT / "tasks" / "__init__.py").resolve()
    probe = subprocess.run(
        [sys.executable, "-c", "import flows"], cwd=tmp_path, capture_output=True
    )
    assert probe.returncode != 0

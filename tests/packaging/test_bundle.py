"""The PyInstaller one-folder bundle builds from resources/packaging/lotkeeper.spec and works.

Built into a temporary folder (a few minutes on two cores), then started as a
user would start it, from outside the checkout: it makes a demo store and
takes every screenshot offscreen, in Chinese, with the shipped font and words.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "resources" / "packaging" / "lotkeeper.spec"

pytestmark = [pytest.mark.slow, pytest.mark.packaging]


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    pytest.importorskip("PyInstaller", reason="PyInstaller not installed (the lock has it)")
    work = tmp_path_factory.mktemp("bundle")
    started = time.perf_counter()
    built = subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--log-level",
            "WARN",
            "--distpath",
            str(work / "dist"),
            "--workpath",
            str(work / "build"),
            str(SPEC),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=1500,
    )
    assert built.returncode == 0, built.stderr[-4000:]
    folder = work / "dist" / "lotkeeper"
    # Symbolic links (PyInstaller makes some to shared libraries) counted once, as files.
    size = sum(f.lstat().st_size for f in folder.rglob("*") if f.is_file() and not f.is_symlink())
    print(f"\nbundle built in {time.perf_counter() - started:.0f} s: {size / 2**20:.0f} MB")
    return folder


def _run(bundle: Path, cwd: Path, *argv: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "LOTKEEPER_HOME": str(cwd / "home")}
    env.pop("PYTHONPATH", None)
    return subprocess.run(
        [str(bundle / "lotkeeper"), *argv],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )


def test_the_bundle_starts_makes_a_demo_store_and_takes_the_screenshots(
    bundle: Path, tmp_path: Path
) -> None:
    assert (bundle / "lotkeeper-gui").exists()
    helped = _run(bundle, tmp_path, "--help")
    assert helped.returncode == 0 and "screenshots" in helped.stdout, helped.stderr
    parsed = _run(bundle, tmp_path, "parse", "(01)09506000134352(17)261231(10)AB12")
    assert json.loads(parsed.stdout)["expiry"] == "2026-12-31", parsed.stderr
    db = tmp_path / "demo.db"
    made = _run(bundle, tmp_path, "demo", "--db", str(db), "--lots", "50")
    assert made.returncode == 0, made.stderr
    shots = _run(bundle, tmp_path, "screenshots", "--db", str(db), "--out", str(tmp_path / "s"))
    assert shots.returncode == 0, shots.stderr
    taken = sorted(p.name for p in (tmp_path / "s").glob("*.png"))
    assert len(taken) >= 9 and all(p.endswith("zh_CN.png") for p in taken), taken
    assert all((tmp_path / "s" / p).stat().st_size > 10_000 for p in taken)

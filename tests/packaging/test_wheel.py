"""`pip install` of the wheel gives working `lotkeeper` commands that need no checkout.

The wheel is built from this tree and installed without its dependencies into
a fresh virtual environment that sees this interpreter's packages through a
.pth line (installing PySide6 and the rest again would take minutes and test
pip, not us); everything then runs from a folder outside the checkout.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import venv
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader

ROOT = Path(__file__).resolve().parents[2]
SCAN = "(01)09506000134352(17)261231(10)AB12"

pytestmark = [pytest.mark.slow, pytest.mark.packaging]


def _site_packages(python: Path) -> Path:
    found = subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        capture_output=True,
        text=True,
        check=True,
    )
    return Path(found.stdout.strip())


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """The bin folder of a fresh venv holding the wheel built from this tree."""
    work = tmp_path_factory.mktemp("wheel")
    # Built from a copy: setuptools writes build/ and *.egg-info into the tree it builds.
    source = work / "source"
    shutil.copytree(
        ROOT,
        source,
        ignore=shutil.ignore_patterns(
            ".git", ".venv", "__pycache__", "build", "*.egg-info", "*.db"
        ),
    )
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "-w", str(work), str(source)],
        check=True,
        capture_output=True,
        cwd=work,
    )
    wheel = next(work.glob("lotkeeper-*.whl"))
    env_dir = work / "venv"
    venv.EnvBuilder(with_pip=False).create(env_dir)
    bin_dir = env_dir / ("Scripts" if os.name == "nt" else "bin")
    ours = _site_packages(bin_dir / "python")
    # Dependencies from this interpreter, after the venv's own site-packages (so the
    # wheel's packages win); a .pth line adds a folder without running its .pth files,
    # so an editable install of the checkout there stays out of the way.
    (ours / "dependencies.pth").write_text(
        str(_site_packages(Path(sys.executable))) + "\n", encoding="utf-8"
    )
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "--python",
            str(bin_dir / "python"),
            "install",
            "-q",
            "--no-deps",
            "--no-index",
            str(wheel),
        ],
        check=True,
        capture_output=True,
    )
    yield bin_dir


def _run(bin_dir: Path, cwd: Path, *argv: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH",)}
    env["LOTKEEPER_HOME"] = str(cwd / "home")
    return subprocess.run(
        [str(bin_dir / argv[0]), *argv[1:]],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )


def test_the_installed_commands_run_outside_the_checkout(installed: Path, tmp_path: Path) -> None:
    assert (installed / "lotkeeper-gui").exists()
    helped = _run(installed, tmp_path, "lotkeeper", "--help")
    assert helped.returncode == 0, helped.stderr
    assert helped.stdout.startswith("usage: lotkeeper") and "screenshots" in helped.stdout
    parsed = _run(installed, tmp_path, "lotkeeper", "parse", SCAN)
    assert parsed.returncode == 0, parsed.stderr
    assert json.loads(parsed.stdout)["lot"] == "AB12"


def test_the_installed_package_finds_its_resources_in_site_packages(
    installed: Path, tmp_path: Path
) -> None:
    where = _run(
        installed,
        tmp_path,
        "python",
        "-c",
        "import main, ui.paths as p, printing.fonts as f, app.adapters.migrate as m; "
        "print(main.__file__); print(p.RESOURCES); print(f.FONT_PATH); print(m.MIGRATIONS)",
    )
    assert where.returncode == 0, where.stderr
    site = _site_packages(installed / "python")
    main_file, resources, font, migrations = (Path(line) for line in where.stdout.split())
    for path in (main_file, resources, font, migrations):
        assert path.is_relative_to(site), path  # not the checkout's copy
    for name in (
        "style.qss",
        "fonts/wqy-microhei.ttc",
        "fonts/wqy-microhei.LICENSE.txt",
        "sounds/accepted.wav",
        "sounds/blocked.wav",
        "translations/lotkeeper_zh_CN.qm",
        "translations/lotkeeper_zh_CN.ts",
        "translations/lotkeeper_en.qm",
    ):
        assert (resources / name).is_file(), name
    assert not (resources / "packaging").exists()  # the PyInstaller spec stays out


def test_the_installed_app_makes_a_store_prints_in_chinese_and_takes_screenshots(
    installed: Path, tmp_path: Path
) -> None:
    db = tmp_path / "demo.db"
    made = _run(installed, tmp_path, "lotkeeper", "demo", "--db", str(db), "--lots", "50")
    assert made.returncode == 0, made.stderr
    label = tmp_path / "label.pdf"
    printed = _run(
        installed,
        tmp_path,
        "lotkeeper",
        "print",
        "location-label",
        "--db",
        str(db),
        "--location",
        "A-01-01",
        "--out",
        str(label),
    )
    assert printed.returncode == 0, printed.stderr
    fonts = {
        str(font.get_object()["/BaseFont"])
        for page in PdfReader(label).pages
        for font in page["/Resources"]["/Font"].values()
    }
    assert any("WenQuanYiMicroHei" in name for name in fonts), fonts
    shots = _run(installed, tmp_path, "lotkeeper", "screenshots", "--db", str(db), "--out", "shots")
    assert shots.returncode == 0, shots.stderr
    assert len(list((tmp_path / "shots").glob("*.png"))) >= 9

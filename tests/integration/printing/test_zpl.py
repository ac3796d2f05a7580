from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from printing import LabelSize, render_zpl
from printing.content import Label, LocationLabel, LotLabel
from tests.integration.printing.reading import decode, scans
from tests.integration.printing.samples import ALL_LABELS, LOCATION

GOLDEN = Path(__file__).resolve().parents[2] / "fixtures" / "zpl"
# zpl-renderer-js installed with `npm install --prefix <dir> zpl-renderer-js@3.4.0`.
RENDERER_DIR = Path(
    os.environ.get("LOTKEEPER_ZPL_RENDERER", Path.home() / ".cache" / "lotkeeper" / "zpl-renderer")
)
RENDER_SCRIPT = Path(__file__).with_name("zpl_render.cjs")
CASES = [(name, size, dpmm) for name in ALL_LABELS for size in LabelSize for dpmm in (8, 12)]


def _masked(zpl: str) -> str:
    # Bitmaps of Chinese text depend on the FreeType build that rasterised
    # them; the golden files pin everything else byte for byte.
    return re.sub(r"(\^GFA,\d+,\d+,\d+,)[0-9A-F]+", r"\1<bitmap>", zpl)


@pytest.mark.parametrize(("name", "size", "dpmm"), CASES)
def test_zpl_matches_its_golden_file(name: str, size: LabelSize, dpmm: int) -> None:
    zpl = render_zpl(ALL_LABELS[name], size, dpmm).decode("utf-8")
    golden = GOLDEN / f"{name}_{size.name.lower()}_{dpmm}dpmm.zpl"
    if os.environ.get("LOTKEEPER_UPDATE_GOLDEN"):
        golden.write_text(zpl, encoding="utf-8")
    assert _masked(zpl) == _masked(golden.read_text(encoding="utf-8"))


def test_zpl_declares_utf8_and_sends_chinese_as_graphics_only() -> None:
    zpl = render_zpl(ALL_LABELS["quarantine"], LabelSize.SMALL).decode("utf-8")
    assert zpl.startswith("^XA^CI28")
    assert "^GFA," in zpl
    assert not re.search(r"[^\x00-\x7f]", zpl), "non-ASCII text must travel as a bitmap"


def _render(label: Label, size: LabelSize, dpmm: int, tmp_path: Path) -> Path:
    node = shutil.which("node")
    if node is None or not (RENDERER_DIR / "node_modules" / "zpl-renderer-js").is_dir():
        pytest.skip(f"no ZPL renderer: npm install --prefix {RENDERER_DIR} zpl-renderer-js@3.4.0")
    source, image = tmp_path / "label.zpl", tmp_path / "label.png"
    source.write_bytes(render_zpl(label, size, dpmm))
    subprocess.run(
        [
            node,
            str(RENDER_SCRIPT),
            str(source),
            str(image),
            str(size.width_mm),
            str(size.height_mm),
            str(dpmm),
        ],
        check=True,
        timeout=60,
        env={**os.environ, "NODE_PATH": str(RENDERER_DIR / "node_modules")},
    )
    return image


@pytest.mark.parametrize(("name", "size", "dpmm"), [c for c in CASES if c[0] != "location"])
def test_rendered_zpl_datamatrix_decodes_back_to_the_lot(
    name: str, size: LabelSize, dpmm: int, tmp_path: Path
) -> None:
    label = ALL_LABELS[name]
    assert not isinstance(label, LocationLabel)
    lot = label if isinstance(label, LotLabel) else label.lot
    found = scans(_render(label, size, dpmm, tmp_path))
    linear = size is LabelSize.LARGE and isinstance(label, LotLabel)
    for symbology in ("]d2", "]C1") if linear else ("]d2",):
        scan = found[symbology]
        assert (scan.gtin, scan.lot, scan.expiry) == (lot.gtin, lot.lot, lot.expiry)
    assert found["]d2"].serial == lot.serial


@pytest.mark.parametrize("size", list(LabelSize))
def test_rendered_zpl_location_code128_decodes_to_the_code(size: LabelSize, tmp_path: Path) -> None:
    [symbol] = decode(_render(LOCATION, size, 8, tmp_path))
    assert symbol.text == LOCATION.code

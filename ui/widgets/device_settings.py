"""This workstation's own settings: scanner, camera, printer.

They belong to the device, not to the store (two desks share one database but
not one printer), so they live in the local QSettings file next to the
language choice (`ui.ini` in the data directory), not in the store's
settings table.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from PySide6.QtCore import QSettings

from app.adapters.home import data_dir
from printing import CupsTarget, FileTarget, LabelSize, RawTcpTarget, Target
from scanning.substitutes import DEFAULT_GS_SUBSTITUTES, LINE_TERMINATORS
from scanning.wedge import WedgeConfig


class PrinterKind(StrEnum):
    FILE = "file"
    RAW_TCP = "raw_tcp"
    SYSTEM = "system"


@dataclass(frozen=True, slots=True)
class PrinterSettings:
    kind: PrinterKind = PrinterKind.FILE
    folder: str = ""
    host: str = ""
    port: int = 9100
    system_printer: str = ""
    label_size: LabelSize = LabelSize.LARGE
    dpmm: int = 8

    @property
    def zpl(self) -> bool:
        """Thermal printers on a raw port speak ZPL; files and the system printer get PDF."""
        return self.kind is PrinterKind.RAW_TCP

    def target(self, file_name: str) -> Target:
        if self.kind is PrinterKind.RAW_TCP:
            return RawTcpTarget(self.host, self.port)
        if self.kind is PrinterKind.SYSTEM:
            return CupsTarget(self.system_printer or None)
        return FileTarget(self.folder_path() / file_name)

    def folder_path(self) -> Path:
        return Path(self.folder) if self.folder else data_dir() / "printouts"


@dataclass(frozen=True, slots=True)
class ScannerSettings:
    substitutes: tuple[str, ...] = tuple(DEFAULT_GS_SUBSTITUTES)
    terminators: str = LINE_TERMINATORS

    def wedge_config(self) -> WedgeConfig:
        return WedgeConfig(terminators=self.terminators, substitutes=self.substitutes)


@dataclass(frozen=True, slots=True)
class CameraSettings:
    index: int = 0
    width: int = 1280
    height: int = 720


def _settings() -> QSettings:
    return QSettings(str(data_dir() / "ui.ini"), QSettings.Format.IniFormat)


def _str(s: QSettings, key: str, default: str) -> str:
    value = s.value(key, default)
    return value if isinstance(value, str) else default


def _int(s: QSettings, key: str, default: int) -> int:
    try:
        return int(str(s.value(key, default)))
    except ValueError:
        return default


def load_printer() -> PrinterSettings:
    s = _settings()
    kinds = {k.value: k for k in PrinterKind}
    sizes = {size.name: size for size in LabelSize}
    return PrinterSettings(
        kind=kinds.get(_str(s, "printer/kind", "file"), PrinterKind.FILE),
        folder=_str(s, "printer/folder", ""),
        host=_str(s, "printer/host", ""),
        port=_int(s, "printer/port", 9100),
        system_printer=_str(s, "printer/system", ""),
        label_size=sizes.get(_str(s, "printer/label_size", "LARGE"), LabelSize.LARGE),
        dpmm=_int(s, "printer/dpmm", 8),
    )


def save_printer(p: PrinterSettings) -> None:
    s = _settings()
    s.setValue("printer/kind", p.kind.value)
    s.setValue("printer/folder", p.folder)
    s.setValue("printer/host", p.host)
    s.setValue("printer/port", p.port)
    s.setValue("printer/system", p.system_printer)
    s.setValue("printer/label_size", p.label_size.name)
    s.setValue("printer/dpmm", p.dpmm)


def load_scanner() -> ScannerSettings:
    s = _settings()
    raw = s.value("scanner/substitutes")
    substitutes = tuple(str(v) for v in raw) if isinstance(raw, list) else None
    if isinstance(raw, str):
        substitutes = (raw,) if raw else ()
    default = ScannerSettings()
    return ScannerSettings(
        substitutes=default.substitutes if substitutes is None else substitutes,
        terminators=_str(s, "scanner/terminators", default.terminators) or default.terminators,
    )


def save_scanner(p: ScannerSettings) -> None:
    s = _settings()
    s.setValue("scanner/substitutes", list(p.substitutes))
    s.setValue("scanner/terminators", p.terminators)


def load_camera() -> CameraSettings:
    s = _settings()
    return CameraSettings(
        _int(s, "camera/index", 0), _int(s, "camera/width", 1280), _int(s, "camera/height", 720)
    )


def save_camera(p: CameraSettings) -> None:
    s = _settings()
    s.setValue("camera/index", p.index)
    s.setValue("camera/width", p.width)
    s.setValue("camera/height", p.height)

"""Settings: the store's warning tiers and do-not-issue windows (audited, supervisors only),
and this workstation's scanner, camera, printer and language (local QSettings)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.model import Level
from app.domain.permissions import Action
from app.domain.policy import Policy, Tier
from app.services.commands import SetPolicy
from app.services.context import ActionResult
from app.services.settings import current_policy
from printing import LabelSize
from scanning.substitutes import LINE_TERMINATORS
from ui.i18n import LANGUAGES, current_language, save_language
from ui.operations import ActionOp, QueryOp
from ui.reasons import Tone, Verdict, describe
from ui.screen import Screen
from ui.session import Session
from ui.widgets.device_settings import (
    CameraSettings,
    PrinterKind,
    PrinterSettings,
    ScannerSettings,
    load_camera,
    load_printer,
    load_scanner,
    save_camera,
    save_printer,
    save_scanner,
)
from ui.widgets.result_band import ResultBand
from ui.widgets.tiers import level_name

RESOLUTIONS = ((640, 480), (1280, 720), (1920, 1080))
TIER_LEVELS = (Level.NOTICE, Level.WARNING, Level.CRITICAL)


class SettingsScreen(Screen):
    key = "settings"
    permission = Action.RECEIVE

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.policy = Policy()
        self.band = ResultBand()
        editable = session.may(Action.SET_POLICY)

        self.tiers = QTableWidget(0, 3)
        self.tiers.setObjectName("tiers")
        self.tiers.setHorizontalHeaderLabels(
            [self.tr("Category (empty: all)"), self.tr("Days left"), self.tr("Level")]
        )
        self.tiers.horizontalHeader().setStretchLastSection(True)
        self.windows = QTableWidget(0, 2)
        self.windows.setObjectName("windows")
        self.windows.setHorizontalHeaderLabels(
            [self.tr("Category (empty: all)"), self.tr("Do not issue with fewer days left")]
        )
        self.windows.horizontalHeader().setStretchLastSection(True)
        for table in (self.tiers, self.windows):
            table.setColumnWidth(0, 220)
            table.verticalHeader().setDefaultSectionSize(46)
        add_tier = QPushButton(self.tr("Add tier"))
        add_tier.clicked.connect(lambda: self._add_tier("", 30, Level.WARNING))
        add_window = QPushButton(self.tr("Add window"))
        add_window.clicked.connect(lambda: self._add_window("", 0))
        remove = QPushButton(self.tr("Remove selected rows"))
        remove.clicked.connect(self._remove_selected)
        self.save_policy_button = QPushButton(self.tr("Save policy"))
        self.save_policy_button.setObjectName("save_policy")
        self.save_policy_button.clicked.connect(self.save_policy)
        policy_box = QGroupBox(self.tr("Expiry warnings and do-not-issue windows (whole store)"))
        policy_layout = QVBoxLayout(policy_box)
        tables = QHBoxLayout()
        tables.addWidget(self.tiers, 3)
        tables.addWidget(self.windows, 2)
        policy_layout.addLayout(tables)
        policy_buttons = QHBoxLayout()
        for button in (add_tier, add_window, remove):
            button.setEnabled(editable)
            policy_buttons.addWidget(button)
        policy_buttons.addStretch(1)
        policy_buttons.addWidget(self.save_policy_button)
        policy_layout.addLayout(policy_buttons)
        if not editable:
            for table in (self.tiers, self.windows):
                table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
            self.save_policy_button.setEnabled(False)
            policy_layout.addWidget(QLabel(self.tr("Only a supervisor may change the policy.")))

        scanner, camera, printer = load_scanner(), load_camera(), load_printer()
        self.substitutes = QLineEdit(" ".join(scanner.substitutes))
        self.substitutes.setObjectName("substitutes")
        self.terminator = QComboBox()
        self.terminator.setObjectName("terminator")
        for text, value in (
            (self.tr("Enter or Tab"), LINE_TERMINATORS),
            (self.tr("Enter"), "\r\n"),
            (self.tr("Tab"), "\t"),
        ):
            self.terminator.addItem(text, value)
        self.terminator.setCurrentIndex(max(0, self.terminator.findData(scanner.terminators)))
        self.camera = QSpinBox()
        self.camera.setObjectName("camera")
        self.camera.setRange(0, 9)
        self.camera.setMinimumWidth(90)
        self.camera.setValue(camera.index)
        self.resolution = QComboBox()
        self.resolution.setObjectName("resolution")
        for width, height in RESOLUTIONS:
            self.resolution.addItem(f"{width} × {height}", (width, height))
        self.resolution.setCurrentIndex(
            max(0, self.resolution.findData((camera.width, camera.height)))
        )
        self.printer_kind = QComboBox()
        self.printer_kind.setObjectName("printer_kind")
        for text, kind in (
            (self.tr("PDF file"), PrinterKind.FILE),
            (self.tr("Label printer (raw TCP, ZPL)"), PrinterKind.RAW_TCP),
            (self.tr("System printer"), PrinterKind.SYSTEM),
        ):
            self.printer_kind.addItem(text, kind.value)
        self.printer_kind.setCurrentIndex(self.printer_kind.findData(printer.kind.value))
        self.folder = QLineEdit(printer.folder)
        self.folder.setObjectName("folder")
        self.folder.setPlaceholderText(self.tr("(default folder)"))
        self.folder.setToolTip(str(printer.folder_path()))
        self.host = QLineEdit(printer.host)
        self.host.setObjectName("host")
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(printer.port)
        self.system_printer = QLineEdit(printer.system_printer)
        self.system_printer.setPlaceholderText(self.tr("(default)"))
        self.label_size = QComboBox()
        self.label_size.setObjectName("label_size")
        for size in LabelSize:
            self.label_size.addItem(f"{size.width_mm:g} × {size.height_mm:g} mm", size.name)
        self.label_size.setCurrentIndex(self.label_size.findData(printer.label_size.name))
        self.dpmm = QComboBox()
        for dpmm in (8, 12, 24):
            self.dpmm.addItem(
                self.tr("{dpmm} dots/mm ({dpi} dpi)").format(dpmm=dpmm, dpi=round(dpmm * 25.4)),
                dpmm,
            )
        self.dpmm.setCurrentIndex(max(0, self.dpmm.findData(printer.dpmm)))
        self.language = QComboBox()
        self.language.setObjectName("language")
        for lang, text in zip(LANGUAGES, ("简体中文", "English"), strict=True):
            self.language.addItem(text, lang)
        # The language this session runs in, not the system's.
        self.language.setCurrentIndex(self.language.findData(current_language()))
        save_device = QPushButton(self.tr("Save for this workstation"))
        save_device.setObjectName("save_device")
        save_device.clicked.connect(self.save_device)

        device_box = QGroupBox(self.tr("This workstation"))
        device = QFormLayout(device_box)
        device.addRow(self.tr("Scanner GS stand-ins (space-separated)"), self.substitutes)
        device.addRow(self.tr("Scanner terminator"), self.terminator)
        camera_row = QHBoxLayout()
        camera_row.addWidget(self.camera)
        camera_row.addWidget(self.resolution, 1)
        device.addRow(self.tr("Camera and resolution"), camera_row)
        device.addRow(self.tr("Printer"), self.printer_kind)
        device.addRow(self.tr("Folder for PDF files"), self.folder)
        network = QHBoxLayout()
        network.addWidget(self.host, 1)
        network.addWidget(self.port)
        device.addRow(self.tr("Label printer host and port"), network)
        device.addRow(self.tr("System printer name"), self.system_printer)
        labels = QHBoxLayout()
        labels.addWidget(self.label_size, 1)
        labels.addWidget(self.dpmm, 1)
        device.addRow(self.tr("Label size and ZPL resolution"), labels)
        device.addRow(self.tr("Language (from the next start)"), self.language)
        device.addRow("", save_device)

        heading = QLabel(self.title())
        heading.setProperty("role", "screenTitle")
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(policy_box, 1)
        layout.addWidget(device_box)
        layout.addWidget(self.band)

    def title(self) -> str:
        return self.tr("Settings")

    def activated(self) -> None:
        QueryOp(self, self.session, current_policy).success(self.show_policy).run()

    def demo(self) -> None:
        self.activated()
        self.session.tasks.wait_idle()

    # --- the policy -------------------------------------------------------------

    def show_policy(self, policy: Policy) -> None:
        self.policy = policy
        self.tiers.setRowCount(0)
        self.windows.setRowCount(0)
        for tier in policy.tiers_for(""):
            self._add_tier("", tier.days, tier.level)
        for category, tiers in sorted(policy.tiers_by_category.items()):
            for tier in tiers:
                self._add_tier(category, tier.days, tier.level)
        self._add_window("", policy.do_not_issue_days)
        for category, days in sorted(policy.do_not_issue_by_category.items()):
            self._add_window(category, days)

    def _add_tier(self, category: str, days: int, level: Level) -> None:
        row = self.tiers.rowCount()
        self.tiers.insertRow(row)
        self.tiers.setItem(row, 0, QTableWidgetItem(category))
        self.tiers.setItem(row, 1, QTableWidgetItem(str(days)))
        combo = QComboBox()
        for choice in TIER_LEVELS:
            combo.addItem(level_name(choice), choice.value)
        combo.setCurrentIndex(combo.findData(level.value))
        self.tiers.setCellWidget(row, 2, combo)

    def _add_window(self, category: str, days: int) -> None:
        row = self.windows.rowCount()
        self.windows.insertRow(row)
        self.windows.setItem(row, 0, QTableWidgetItem(category))
        self.windows.setItem(row, 1, QTableWidgetItem(str(days)))

    def _remove_selected(self) -> None:
        for table in (self.tiers, self.windows):
            for index in sorted(table.selectionModel().selectedRows(), reverse=True):
                table.removeRow(index.row())

    def edited_policy(self) -> Policy:
        """The tables as a Policy; ValueError names the first cell that is not a number."""
        tiers: dict[str, list[Tier]] = {}
        for row in range(self.tiers.rowCount()):
            category = _cell(self.tiers, row, 0)
            combo = self.tiers.cellWidget(row, 2)
            assert isinstance(combo, QComboBox)
            days = _days(self.tiers, row, 1)
            tiers.setdefault(category, []).append(Tier(days, Level(combo.currentData())))
        windows = {
            _cell(self.windows, row, 0): _days(self.windows, row, 1)
            for row in range(self.windows.rowCount())
        }
        return Policy(
            tiers=tuple(tiers.pop("", list(self.policy.tiers))),
            tiers_by_category={k: tuple(v) for k, v in tiers.items()},
            do_not_issue_days=windows.pop("", self.policy.do_not_issue_days),
            do_not_issue_by_category=windows,
            min_receive_shelf_life_days=self.policy.min_receive_shelf_life_days,
            duties=self.policy.duties,
        )

    def save_policy(self) -> None:
        try:
            policy = self.edited_policy()
        except ValueError as exc:
            self.band.show_verdict(Verdict(Tone.BLOCKED, str(exc)))
            return
        ActionOp(self, self.session, SetPolicy(policy)).success(self._policy_saved).run()

    def _policy_saved(self, result: ActionResult) -> None:
        if result.ok:
            self.band.show_verdict(Verdict(Tone.OK, self.tr("Policy saved")))
            self.activated()
        else:
            self.band.show_verdict(describe(result, "set_policy", self.session.clock.today()))

    # --- this workstation -------------------------------------------------------

    def save_device(self) -> None:
        save_scanner(
            ScannerSettings(tuple(self.substitutes.text().split()), self.terminator.currentData())
        )
        width, height = self.resolution.currentData()
        save_camera(CameraSettings(self.camera.value(), width, height))
        save_printer(
            PrinterSettings(
                kind=PrinterKind(self.printer_kind.currentData()),
                folder=self.folder.text().strip(),
                host=self.host.text().strip(),
                port=self.port.value(),
                system_printer=self.system_printer.text().strip(),
                label_size=LabelSize[self.label_size.currentData()],
                dpmm=self.dpmm.currentData(),
            )
        )
        save_language(self.language.currentData())
        self.band.show_verdict(
            Verdict(
                Tone.OK,
                self.tr("Saved for this workstation"),
                self.tr("A new language shows from the next start."),
            )
        )


def _cell(table: QTableWidget, row: int, column: int) -> str:
    item = table.item(row, column)
    return item.text().strip() if item else ""


def _days(table: QTableWidget, row: int, column: int) -> int:
    text = _cell(table, row, column)
    try:
        return int(text)
    except ValueError:
        raise ValueError(
            QCoreApplication.translate(
                "SettingsScreen", "Row {row}: “{text}” is not a number of days"
            ).format(row=row + 1, text=text)
        ) from None

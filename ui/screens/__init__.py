"""The main screens, in navigation order (F1 is the first). Add a screen: one line here."""

from __future__ import annotations

from ui.screen import Screen
from ui.screens.climate import ClimateScreen
from ui.screens.counting import CountScreen
from ui.screens.dashboard import DashboardScreen
from ui.screens.picking import PickingScreen
from ui.screens.put_away import PutAwayScreen
from ui.screens.quality import QualityScreen
from ui.screens.recalls import RecallsScreen
from ui.screens.receiving import ReceivingScreen
from ui.screens.settings import SettingsScreen
from ui.screens.stock import StockScreen
from ui.screens.warnings import WarningsScreen

SCREENS: list[type[Screen]] = [
    # First for supervisors, QA and administrators; operators do not see it.
    DashboardScreen,
    ReceivingScreen,
    PutAwayScreen,
    PickingScreen,
    StockScreen,
    WarningsScreen,
    QualityScreen,
    CountScreen,
    RecallsScreen,
    SettingsScreen,
    ClimateScreen,
]

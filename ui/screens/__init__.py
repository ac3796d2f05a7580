"""The main screens, in navigation order (F1 is the first). Add a screen: one line here."""

from __future__ import annotations

from ui.screen import Screen
from ui.screens.picking import PickingScreen
from ui.screens.put_away import PutAwayScreen
from ui.screens.receiving import ReceivingScreen

SCREENS: list[type[Screen]] = [
    ReceivingScreen,
    PutAwayScreen,
    PickingScreen,
]

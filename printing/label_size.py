"""The label stock sizes a printer may hold, in mm (width, height).

Its own module, so settings that name a size need none of the layout's fonts or symbols.
"""

from __future__ import annotations

from enum import Enum


class LabelSize(Enum):
    SMALL = (50.0, 30.0)
    LARGE = (100.0, 50.0)

    @property
    def width_mm(self) -> float:
        return self.value[0]

    @property
    def height_mm(self) -> float:
        return self.value[1]

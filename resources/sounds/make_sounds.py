"""Regenerates the feedback sounds (16-bit mono WAV): `python resources/sounds/make_sounds.py`.

accepted: two short rising beeps; attention: one mid double-tone; blocked: a low,
harsh triple buzz. Distinct in pitch and rhythm so they are told apart on a noisy dock.
"""

from __future__ import annotations

import math
import struct
import wave
from pathlib import Path

RATE = 22050


def tone(freq: float, seconds: float, square: bool = False, volume: float = 0.6) -> list[float]:
    n = int(RATE * seconds)
    out = []
    for i in range(n):
        s = math.sin(2 * math.pi * freq * i / RATE)
        if square:
            s = 1.0 if s >= 0 else -1.0
        fade = min(1.0, i / 200, (n - i) / 200)  # no clicks
        out.append(volume * s * fade)
    return out


def silence(seconds: float) -> list[float]:
    return [0.0] * int(RATE * seconds)


def write(path: Path, samples: list[float]) -> None:
    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(RATE)
        w.writeframes(b"".join(struct.pack("<h", int(s * 32767)) for s in samples))


if __name__ == "__main__":
    here = Path(__file__).parent
    write(here / "accepted.wav", tone(880, 0.08) + silence(0.04) + tone(1320, 0.12))
    write(here / "attention.wav", tone(660, 0.15) + silence(0.05) + tone(660, 0.15))
    buzz = tone(200, 0.14, square=True, volume=0.4)
    write(here / "blocked.wav", buzz + silence(0.06) + buzz + silence(0.06) + buzz)

from __future__ import annotations

from scanning.wedge import ScannedText, TypedText, WedgeConfig, WedgeDetector, WedgeEvent


def type_text(detector: WedgeDetector, text: str, start: float, gap: float) -> list[WedgeEvent]:
    events: list[WedgeEvent] = []
    for i, char in enumerate(text):
        events += detector.feed(char, start + i * gap)
    return events


def test_fast_burst_ending_in_enter_is_a_scan() -> None:
    events = type_text(WedgeDetector(), "0109501101530003\r", 0.0, 0.005)
    assert events == [ScannedText("0109501101530003", 0.0, 16 * 0.005)]


def test_gs_stand_ins_typed_by_the_scanner_are_restored() -> None:
    events = type_text(WedgeDetector(), "10ABC^]21XYZ\r", 0.0, 0.004)
    assert isinstance(events[0], ScannedText) and events[0].text == "10ABC\x1d21XYZ"


def test_slow_typing_is_released_to_the_ui() -> None:
    detector = WedgeDetector()
    events = type_text(detector, "abc", 0.0, 0.2)
    events += detector.flush(1.0)
    assert "".join(e.text for e in events if isinstance(e, TypedText)) == "abc"
    assert not any(isinstance(e, ScannedText) for e in events)


def test_person_pressing_enter_gets_the_enter_back() -> None:
    events = type_text(WedgeDetector(), "12\r", 0.0, 0.2)
    assert "".join(e.text for e in events if isinstance(e, TypedText)) == "12\r"


def test_burst_shorter_than_the_minimum_is_typing() -> None:
    events = type_text(WedgeDetector(WedgeConfig(min_length=4)), "ab\r", 0.0, 0.01)
    assert events == [TypedText("ab\r")]


def test_a_pause_inside_a_burst_releases_what_came_before_it_as_typing() -> None:
    detector = WedgeDetector()
    events = type_text(detector, "0109", 0.0, 0.005)
    events += type_text(detector, "5011\r", 0.5, 0.005)
    assert events == [TypedText("0109"), ScannedText("5011", 0.5, 0.52)]


def test_terminators_are_configurable() -> None:
    detector = WedgeDetector(WedgeConfig(terminators="#"))
    assert type_text(detector, "ABCDEF#", 0.0, 0.01) == [ScannedText("ABCDEF", 0.0, 0.06)]


def test_unterminated_burst_is_a_scan_only_when_configured() -> None:
    plain, open_ended = WedgeDetector(), WedgeDetector(WedgeConfig(accept_unterminated=True))
    for detector in (plain, open_ended):
        type_text(detector, "4006381333931", 0.0, 0.005)
    assert plain.flush(1.0) == [TypedText("4006381333931")]
    assert open_ended.flush(1.0) == [ScannedText("4006381333931", 0.0, 12 * 0.005)]


def test_typing_then_a_scan_keeps_both_in_order() -> None:
    detector = WedgeDetector()
    events = type_text(detector, "x", 0.0, 0.3)
    events += type_text(detector, "ABCDE\n", 1.0, 0.01)
    assert events == [TypedText("x"), ScannedText("ABCDE", 1.0, 1.05)]

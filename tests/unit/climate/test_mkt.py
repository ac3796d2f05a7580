"""Mean kinetic temperature, USP <1079.2>:

    T_K = (ΔH/R) / -ln((e^(-ΔH/RT_1) + ... + e^(-ΔH/RT_n)) / n)

ΔH = 83.144 kJ/mol, R = 8.3144 J/(mol·K), so ΔH/R = 10,000 K.
"""

from __future__ import annotations

from statistics import fmean

import pytest

from app.domain.climate import (
    ACTIVATION_ENERGY_KJ_PER_MOL,
    GAS_CONSTANT,
    mean_kinetic_temperature,
)


def test_usp_constants_make_delta_h_over_r_ten_thousand_kelvin() -> None:
    delta_h_over_r = ACTIVATION_ENERGY_KJ_PER_MOL * 1000 / GAS_CONSTANT
    assert delta_h_over_r == pytest.approx(10_000.0)


def test_mkt_of_half_the_time_at_20_and_half_at_30_is_worked_by_hand() -> None:
    # By hand (6 figures):
    #   T1 = 20 + 273.15 = 293.15 K   ΔH/RT1 = 10000 / 293.15 = 34.1122
    #   T2 = 30 + 273.15 = 303.15 K   ΔH/RT2 = 10000 / 303.15 = 32.9870
    #   mean of e^-34.1122 and e^-32.9870 = e^-32.9870 · (1 + e^-1.12526) / 2
    #                                     = e^-32.9870 · (1 + 0.324568) / 2
    #                                     = e^-32.9870 · 0.662284
    #   -ln(that) = 32.9870 - ln 0.662284 = 32.9870 + 0.412061 = 33.3990
    #   T_K = 10000 / 33.3990 = 299.410 K = 26.26 °C (the plain mean is 25.00 °C)
    assert mean_kinetic_temperature([20.0, 30.0]) == pytest.approx(26.26, abs=0.005)


def test_mkt_of_a_constant_temperature_is_that_temperature() -> None:
    # USP's own check: 52 weekly averages of 25 °C give an MKT of 25.0 °C.
    assert mean_kinetic_temperature([25.0] * 52) == pytest.approx(25.0, abs=1e-9)


def test_mkt_weighs_warm_readings_above_the_plain_mean() -> None:
    fridge = [4.0] * 280 + [15.0] * 8  # a day of 5-minute readings with 40 warm minutes
    assert mean_kinetic_temperature(fridge) > fmean(fridge)


def test_mkt_takes_the_loggers_own_activation_energy() -> None:
    readings = [2.0, 5.0, 14.0, 24.0]
    q_tag = mean_kinetic_temperature(readings, 83.0)
    usp = mean_kinetic_temperature(readings)
    assert q_tag != usp and q_tag < usp  # a lower ΔH weighs the warm readings less


def test_mkt_stays_exact_at_ultra_low_temperatures() -> None:
    assert mean_kinetic_temperature([-80.0, -80.0]) == pytest.approx(-80.0, abs=1e-9)


def test_mkt_refuses_an_empty_run() -> None:
    with pytest.raises(ValueError, match="at least one"):
        mean_kinetic_temperature([])

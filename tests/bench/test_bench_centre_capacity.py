"""How many sites one centre holds on this machine: PostgreSQL, `serve --workers 1, 2, 4`.

    .venv/bin/python -m pytest -o addopts= -s tests/bench/test_bench_centre_capacity.py

A site syncs once a minute and pushes what it did since: here EVENTS_PER_PUSH
movements (a busy store's minute). CLIENTS threads on loopback each play many
sites, pushing back to back (a closed loop), so the centre is kept saturated;
its throughput in pushes/s, times 60, is the number of sites it can take a push
a minute from, at the p99 push latency measured at that load. The PostgreSQL
cluster is a throwaway one from Debian's packages (tests/integration/sync/pg.py),
with fsync on, as a real centre would run. The load generator shares the two
cores with the centre, so the figures are a floor for a machine of its own.
"""

from __future__ import annotations

import os
import statistics
import threading
import time
import uuid
from collections.abc import Iterator

import pytest
import requests
from sqlalchemy import create_engine, text

from tests.integration.sync.conftest import Centre, _fresh_pg_database, free_port, gtin
from tests.integration.sync.pg import PostgresCluster, find_pg_bin
from tests.integration.sync.raw_device import RawDevice

EVENTS_PER_PUSH = int(os.environ.get("LOTKEEPER_BENCH_PUSH_EVENTS", "20"))
SITES = 64
CLIENTS = (4, 16)
SECONDS = float(os.environ.get("LOTKEEPER_BENCH_CAPACITY_SECONDS", "15"))
ITEM = gtin("0950600013438")
RESULTS: list[str] = []


@pytest.fixture(scope="module")
def postgres() -> Iterator[str]:
    bin_dir = find_pg_bin()
    if bin_dir is None:
        pytest.skip("no PostgreSQL binaries (apt-get install postgresql)")
    cluster = PostgresCluster(bin_dir, free_port())
    cluster.start()
    # The test cluster starts with fsync off on its command line; a centre runs with it on.
    options = f"-k {cluster.dir} -c listen_addresses=127.0.0.1 -p {cluster.port}"
    cluster._run(
        str(bin_dir / "pg_ctl"), "-D", str(cluster.data), "-o", options, "-w",
        "-l", str(cluster.dir / "log"), "restart",
    )  # fmt: skip
    admin = create_engine(cluster.url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        assert conn.execute(text("SHOW fsync")).scalar() == "on"
    admin.dispose()
    try:
        yield cluster.url
    finally:
        cluster.stop()


def load(devices: list[RawDevice], clients: int, seconds: float) -> tuple[float, list[float]]:
    """Pushes/s over `seconds` and every push's latency in ms, `clients` pushing at once."""
    latencies: list[float] = []
    failures: list[str] = []
    stop = time.perf_counter() + seconds
    lock = threading.Lock()

    def client(mine: list[RawDevice]) -> None:
        session = requests.Session()
        n = 0
        while time.perf_counter() < stop:
            device = mine[n % len(mine)]
            n += 1
            body = device.movements(EVENTS_PER_PUSH, ITEM, f"L{uuid.uuid4().hex[:6]}")
            started = time.perf_counter()
            answer = device.push(body, session=session)
            took = (time.perf_counter() - started) * 1000
            with lock:
                if answer.status_code != 200 or answer.json()["stored"] != EVENTS_PER_PUSH:
                    failures.append(answer.text[:200])
                latencies.append(took)

    started = time.perf_counter()
    threads = [threading.Thread(target=client, args=(devices[i::clients],)) for i in range(clients)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.perf_counter() - started
    assert not failures, failures[:3]
    return len(latencies) / elapsed, latencies


@pytest.mark.parametrize("workers", [1, 2, 4])
def test_sites_one_centre_holds(postgres: str, workers: int) -> None:
    centre = Centre(_fresh_pg_database(postgres), free_port(), workers=workers)
    centre.start()
    try:
        devices = []
        for n in range(SITES):
            site = f"W{n:03d}"
            devices.append(RawDevice.enrol(centre.base, centre.code(site), site))
        load(devices, 4, 2)  # warm every worker's connections and caches
        for clients in CLIENTS:
            rate, latencies = load(devices, clients, SECONDS)
            p50 = statistics.median(latencies)
            p99 = statistics.quantiles(latencies, n=100)[98]
            line = (
                f"{workers} worker(s), {clients:2d} sites pushing at once: {rate:6.1f} pushes/s "
                f"= {rate * EVENTS_PER_PUSH:6.0f} events/s; push p50 {p50:5.0f} ms, "
                f"p99 {p99:5.0f} ms -> {rate * 60:6.0f} sites x {EVENTS_PER_PUSH} events/min"
            )
            RESULTS.append(line)
            print("\n" + line)
    finally:
        centre.stop()


def test_zz_report() -> None:
    print(f"\n\ncentre capacity on PostgreSQL (fsync on), {EVENTS_PER_PUSH} events a push:")
    for line in RESULTS:
        print("  " + line)

"""A burst of registrations from 16 clients through a real serve loses nothing (issue 13, load).

The figures (throughput, 250-to-reply p50/p99, memory) are ``bench/bench_load.py``'s
job and live in bench/README.md; this test, under the ``long`` marker, only
holds the promise: every acknowledged message answered, once, nothing refused.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parent.parent / "bench"


@pytest.mark.long
def test_two_thousand_registrations_from_sixteen_clients_lose_nothing() -> None:
    sys.path.insert(0, str(BENCH))
    try:
        import bench_load

        assert bench_load.main(["-n", "2000", "-c", "16", "--settle", "300"]) == 0
    finally:
        sys.path.remove(str(BENCH))

"""`make bench`: every benchmark, each printing its table; exit 1 when a target is missed."""

from __future__ import annotations

import sys

from tests.bench import (
    bench_cases,
    bench_classify,
    bench_documents,
    bench_insights,
    bench_install,
    bench_precedents,
    bench_privacy,
    bench_reliability,
    bench_startup,
    bench_tone,
)

BENCHMARKS = [
    bench_startup,
    bench_install,
    bench_cases,
    bench_insights,
    bench_privacy,
    bench_documents,
    bench_reliability,
    bench_tone,
    bench_precedents,
    bench_classify,
]


def main() -> int:
    results = [benchmark.run() for benchmark in BENCHMARKS]
    print(f"\n{sum(results)} of {len(results)} benchmarks met their targets")
    return 0 if all(results) else 1


if __name__ == "__main__":
    sys.exit(main())

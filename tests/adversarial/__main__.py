"""``python -m tests.adversarial [NAME ...]``: one line per discrepancy, grouped by cause, and
a summary line ``N programs: P passed, R refused, D discrepancies``."""

from __future__ import annotations

import sys
import time

from .harness import check, programs


def main(argv: list[str]) -> int:
    chosen = [p for p in programs() if not argv or any(a in p.stem for a in argv)]
    started = time.perf_counter()
    passed = refused = bad = 0
    by_cause: dict[str, list[str]] = {}
    for path in chosen:
        report = check(path)
        if report.discrepancies:
            bad += 1
            by_cause.setdefault(report.cause, []).append(report.name)
            for d in report.discrepancies:
                print(f"{report.name}: {d.kind}: {d.detail}")
        elif report.refused:
            refused += 1
            if "-v" in sys.argv:
                print(f"{report.name}: refused: {report.refused}")
        else:
            passed += 1
    print()
    for cause in sorted(by_cause, key=lambda c: (not c.isdigit(), c.zfill(3))):
        names = by_cause[cause]
        print(f"cause {cause}: {len(names)}: {' '.join(names)}")
    seconds = time.perf_counter() - started
    print(
        f"{len(chosen)} programs: {passed} passed, {refused} refused, {bad} discrepancies"
        f" ({seconds:.1f} s)"
    )
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main([a for a in sys.argv[1:] if not a.startswith("-")]))

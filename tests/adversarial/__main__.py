"""``python -m tests.adversarial [NAME ...] [-v] [--known]``: one line per discrepancy, then the
programs grouped by cause, then ``N programs: P passed, R refused, D discrepancies``.

NAME keeps the programs whose name contains it; ``-v`` also lists the refusals; ``--known``
prints the entries of ``KNOWN`` in tests/test_adversarial.py for the programs that disagree.
"""

from __future__ import annotations

import sys
import time

from .harness import Report, check, programs


def main(argv: list[str]) -> int:
    names = [a for a in argv if not a.startswith("-")]
    chosen = [p for p in programs() if not names or any(n in p.stem for n in names)]
    started = time.perf_counter()
    reports = [check(path) for path in chosen]
    seconds = time.perf_counter() - started
    bad = [r for r in reports if r.discrepancies]
    refused = [r for r in reports if r.refused and not r.discrepancies]
    for r in bad:
        for d in r.discrepancies:
            print(f"{r.name}: {d.kind}: {d.detail}")
    if "-v" in argv:
        for r in refused:
            print(f"{r.name}: refused: {r.refused}")
    print()
    by_cause: dict[str, list[str]] = {}
    for r in bad:
        by_cause.setdefault(r.cause, []).append(r.name)
    for cause in sorted(by_cause, key=lambda c: (not c.isdigit(), c.zfill(3))):
        print(f"cause {cause}: {len(by_cause[cause])}: {' '.join(by_cause[cause])}")
    if "--known" in argv:
        print()
        print("\n".join(_known_entry(r) for r in bad))
    passed = len(reports) - len(bad) - len(refused)
    print(
        f"{len(reports)} programs: {passed} passed, {len(refused)} refused,"
        f" {len(bad)} discrepancies ({seconds:.1f} s)"
    )
    return 1 if bad else 0


def _known_entry(r: Report) -> str:
    cause = r.cause if r.cause.isdigit() else f'"{r.cause}"'
    kinds = ", ".join(sorted({d.kind for d in r.discrepancies}))
    return f'    "{r.name}": {cause},  # {kinds}'


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

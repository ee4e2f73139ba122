"""Compile time against function size: straight-line functions of N statements (a prompt
built with ``af.format`` from an earlier value, an LM call on it, a plain assignment, in
turn; each reads a random earlier value, so the graph has real edges), written to a real
file, compiled with the cache cleared: the median CPU time of a few compiles (CPU time, so
other work on a shared machine does not count)."""

from __future__ import annotations

import gc
import importlib.util
import math
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

import autoform as af


def source(name: str, statements: int, rng: random.Random) -> str:
    lines = [f"def {name}(topic: str) -> str:"]
    values = ["topic"]
    replies: list[str] = []
    for i in range(statements - 1):  # the return is the last statement
        kind = i % 3
        if kind == 0:
            lines.append(f"    prompt_{i} = af.format('step {i}: {{}}', {rng.choice(values)})")
            values.append(f"prompt_{i}")
        elif kind == 1:
            lines.append(
                f"    reply_{i} = af.lm_call([dict(role='user', content=prompt_{i - 1})], "
                "model=MODEL)"
            )
            values.append(f"reply_{i}")
            replies.append(f"reply_{i}")
        else:
            lines.append(f"    note_{i} = {rng.choice(values)} + ' / ' + {rng.choice(values)}")
            values.append(f"note_{i}")
    lines.append(f"    return {values[-1]}")
    return "\n".join(lines) + "\n"


def run(
    sizes: tuple[int, ...] = (10, 50, 100, 200, 400), seed: int = 11
) -> tuple[list[tuple[str, ...]], float]:
    """Rows (statements, LM calls, compile ms, ms per statement, growth against the previous
    size) and the growth exponent from the smallest to the largest: 1 linear, 2 quadratic."""
    from autoform import api

    rng = random.Random(seed)
    names = [f"straight_{n}" for n in sizes]
    text = "\n\n".join(
        ["import autoform as af\n\nMODEL = 'openai/bench-compile'\n"]
        + [source(name, n, rng) for name, n in zip(names, sizes, strict=True)]
    )
    rows: list[tuple[str, ...]] = []
    with tempfile.TemporaryDirectory() as directory:
        path = Path(directory) / "bench_compile_generated.py"
        path.write_text(text)
        spec = importlib.util.spec_from_file_location(path.stem, path)
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        sys.modules[path.stem] = module
        spec.loader.exec_module(module)
        previous: tuple[int, float] | None = None
        first: tuple[int, float] | None = None
        for name, n in zip(names, sizes, strict=True):
            fn = getattr(module, name)
            repeats = 7 if n <= 100 else 3
            samples = []
            gc.collect()
            for _ in range(repeats):
                api._compiled.clear()
                start = time.thread_time()
                af.concurrent(fn)
                samples.append((time.thread_time() - start) * 1000)
            ms = statistics.median(samples)
            calls = sum(1 for i in range(n - 1) if i % 3 == 1)
            growth = ""
            if previous is not None:
                # Time ratio against size ratio: 1 is linear, 2 would be quadratic.
                size_ratio, time_ratio = n / previous[0], ms / previous[1]
                growth = f"x{time_ratio:.1f} for x{size_ratio:.0f} statements"
            rows.append((f"{n}", f"{calls}", f"{ms:.1f}", f"{ms / n:.2f}", growth))
            previous = (n, ms)
            first = first or previous
    assert first is not None and previous is not None
    exponent = math.log(previous[1] / first[1]) / math.log(previous[0] / first[0])
    return rows, exponent

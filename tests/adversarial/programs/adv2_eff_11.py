"""A helper that increments a counter on a module object attribute before each call."""

import types

import autoform as af

CAUSE = 3
ARGS = (["a", "b", "c"],)
STATS = types.SimpleNamespace(calls=0)
CALLS = []


def ask(x):
    STATS.calls += 1
    CALLS.append(STATS.calls)
    return af.lm_call([{"role": "user", "content": f"{x} #{STATS.calls}"}], model="m")


def main(items: list[str]):
    out = []
    for x in items:
        out.append(ask(x))
    return out

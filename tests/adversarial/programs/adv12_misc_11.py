"""A registry of sinks whose class lives in a module reached only through the factory's
registry; each turn hands the reply to a sink and quotes its count."""

import sys
from pathlib import Path

import autoform as af

if str(Path(__file__).parent) not in sys.path:
    sys.path.insert(0, str(Path(__file__).parent))
from adv12_shared import factory  # noqa: E402

CAUSE = "fan-out method of registry object"
ARGS = (["owls", "cats", "dogs"],)


def _make():
    import importlib

    return importlib.import_module("adv12_shared.hidden").Sink()


factory.register("sink", _make())


def main(topics: list):
    out = []
    for t in topics:
        r = af.lm_call([{"role": "user", "content": t}], model="m")
        n = factory.REGISTRY["sink"].handle(r)
        out.append(af.lm_call([{"role": "user", "content": f"{r} {n}"}], model="m"))
    return out

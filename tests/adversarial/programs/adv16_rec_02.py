"""Helper patched with unittest.mock.patch.object inside main for the second half of the
batch: the patched version logs."""

import sys
from unittest import mock

import autoform as af

CAUSE = "mock patch helper inside main"
ARGS = (["owls", "cats", "dogs", "bees"],)
LOG = []


def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")


def loud(t):
    LOG.append(f"loud {t}")
    return af.lm_call([{"role": "user", "content": t.upper()}], model="m")


def main(items: list):
    out = [ask(t) for t in items[:2]]
    with mock.patch.object(sys.modules[__name__], "ask", loud):
        out += [ask(t) for t in items[2:]]
    out.append(ask("end"))
    return out

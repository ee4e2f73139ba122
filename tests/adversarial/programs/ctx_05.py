"""af.limits entered by a helper stays in force for the calls after it (no visible change)."""

import contextlib

import autoform as af

CAUSE = "ambient-client"
ARGS = (["a", "b", "c"],)
STACK = contextlib.ExitStack()


def cap():
    STACK.enter_context(af.limits(max_concurrency=1))


def main(items: list):
    cap()
    out = []
    for it in items:
        out.append(af.lm_call([{"role": "user", "content": it}], model="m"))
    STACK.close()
    return out

"""ExitStack.enter_context(suppress) in loop."""

import contextlib

import autoform as af

CAUSE = "exitstack suppress"
ARGS = (["owls", "cats", "dogs"],)
FAIL = ["cats"]
LOG = []


def ask(t):
    LOG.append(t)
    return af.lm_call([{"role": "user", "content": t}], model="m")


def main(items):
    out = []
    with contextlib.ExitStack() as st:
        st.enter_context(contextlib.suppress(RuntimeError))
        for t in items:
            out.append(ask(t))
    return out

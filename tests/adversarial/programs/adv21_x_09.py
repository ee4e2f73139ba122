"""contextlib.ExitStack with callbacks around calls; one fails."""

import contextlib

import autoform as af

CAUSE = "exitstack callbacks"
ARGS = (["owls", "cats", "dogs"],)
FAIL = ["dogs"]
LOG = []


def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")


def main(items):
    out = []
    try:
        with contextlib.ExitStack() as st:
            for t in items:
                st.callback(LOG.append, "cb " + t)
                out.append(ask(t))
    except RuntimeError as e:
        LOG.append(str(e))
    return out

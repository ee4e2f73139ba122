"""contextlib.ExitStack registers a callback per item that logs; the stack closes at the end."""

import contextlib

import autoform as af

CAUSE = "flow"
ARGS = (["owls", "cats", "dogs"],)
LOG = []


def main(topics: list):
    out = []
    with contextlib.ExitStack() as stack:
        for t in topics:
            stack.callback(LOG.append, "close " + t)
            out.append(af.lm_call([{"role": "user", "content": t}], model="m"))
            LOG.append("got " + t)
    return out

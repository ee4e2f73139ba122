"""with whose __exit__ suppresses an LM failure, in a loop."""

import autoform as af

CAUSE = "exit suppresses in loop"
ARGS = (["owls", "cats", "dogs"],)
FAIL = ["cats"]
LOG = []


class Quiet:
    def __enter__(self):
        LOG.append("enter")
        return self

    def __exit__(self, et, e, tb):
        LOG.append(("exit", et.__name__ if et else None))
        return et is RuntimeError


def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")


def main(items):
    out = []
    for t in items:
        with Quiet():
            out.append(ask(t))
    return out

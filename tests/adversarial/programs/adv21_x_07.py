"""for/else with break inside try around a call that fails."""

import autoform as af

CAUSE = "for else break try"
ARGS = (["owls", "cats", "dogs"],)
FAIL = ["cats"]
LOG = []


def ask(t):
    LOG.append(t)
    return af.lm_call([{"role": "user", "content": t}], model="m")


def main(items):
    out = []
    for t in items:
        try:
            out.append(ask(t))
        except RuntimeError:
            break
    else:
        out.append("all")
    return out

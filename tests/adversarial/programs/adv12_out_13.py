"""builtins.print is replaced in the body by one appending to LOG; the loop prints and each
second call quotes LOG's length."""

import builtins

import autoform as af

CAUSE = "output builtins.print swap"
ARGS = (["owls", "cats", "dogs"],)
LOG = []


def main(topics: list):
    old = builtins.print
    builtins.print = lambda *a, **k: LOG.append(" ".join(map(str, a)))
    out = []
    try:
        for t in topics:
            r = af.lm_call([{"role": "user", "content": t}], model="m")
            print(r)
            out.append(af.lm_call([{"role": "user", "content": f"{r} {len(LOG)}"}], model="m"))
    finally:
        builtins.print = old
    return out

"""sys.exit inside a helper when a reply looks wrong; the caller catches SystemExit and
prints its code."""

import sys

import autoform as af

CAUSE = "systemexit caught"
ARGS = (["owls", "cats", "dogs"],)


def check(r):
    if "cats" in r:
        sys.exit(f"bad reply {r}")
    return r


def main(items: list):
    out = []
    for t in items:
        try:
            out.append(check(af.lm_call([{"role": "user", "content": t}], model="m")))
        except SystemExit as e:
            print("exit:", e.code)
            break
    return out

"""A module constant prefix is reset to None by a configure() helper for raw mode; each
reply is checked with startswith(PREFIX) (TypeError on None), caught by main."""

import autoform as af

CAUSE = "module constant rebound to None"
ARGS = (["owls", "cats", "dogs"], "raw")
PREFIX = "<m"


def configure(mode):
    global PREFIX
    if mode == "raw":
        PREFIX = None


def main(items: list, mode: str):
    configure(mode)
    out = []
    try:
        for t in items:
            r = af.lm_call([{"role": "user", "content": t}], model="m")
            out.append(r.startswith(PREFIX))
    except TypeError as e:
        print("error:", e)
    return out

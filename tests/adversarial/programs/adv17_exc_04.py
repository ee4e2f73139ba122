"""A helper raises KeyboardInterrupt (a BaseException) when a reply is too long; main
catches BaseException, prints and returns how far it got."""

import autoform as af

CAUSE = "BaseException from helper"
ARGS = (["owls", "a much longer topic here", "dogs"],)


def check(r):
    if len(r) > 20:
        raise KeyboardInterrupt(f"too long: {len(r)}")
    return r


def main(items: list):
    out = []
    try:
        for t in items:
            out.append(check(af.lm_call([{"role": "user", "content": t}], model="m")))
    except BaseException as e:
        print(type(e).__name__, e)
    return out

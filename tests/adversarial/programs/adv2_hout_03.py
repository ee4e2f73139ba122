"""Printing helpers called in a caller's try; the except prints; three independent steps,
the middle one fails."""

import autoform as af

CAUSE = "output"
ARGS = ()
FAIL = {"boom"}


def step(name, q):
    print(name, "start")
    r = af.lm_call([{"role": "user", "content": q}], model="m")
    print(name, "done")
    return r


def main():
    out = []
    try:
        out.append(step("A", "a"))
        out.append(step("B", "boom"))
        out.append(step("C", "c"))
    except RuntimeError as exc:
        print("failed:", str(exc)[:12])
    return out

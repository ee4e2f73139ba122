"""Calls in **kwargs construction and in a slice."""

import autoform as af

CAUSE = "kwargs and slice calls"
ARGS = ("owls", "cats")


def ask(t):
    print("ask", t)
    return af.lm_call([{"role": "user", "content": t}], model="m")


def fmt(**kw):
    return sorted(kw.items())


def main(a: str, b: str):
    s = "abcdefghijklmnop"
    x = s[len(ask(a)) - 5 : len(ask(b))]
    y = fmt(**{ask(a): 1, ask(b): 2}, z=ask(a + b))
    return x, y

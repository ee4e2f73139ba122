"""A decorator counts helper calls in a global through functools.wraps; the count is read
after each reply."""

import functools

import autoform as af

CAUSE = "ordering"
ARGS = (["owls", "cats", "dogs"],)
CALLS = 0


def counted(fn):
    @functools.wraps(fn)
    def wrapper(*a, **k):
        global CALLS
        r = fn(*a, **k)
        CALLS += 1
        return r

    return wrapper


@counted
def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


def main(topics: list):
    out = []
    for t in topics:
        r = ask(t)
        out.append(f"{CALLS}:{r}")
    return out

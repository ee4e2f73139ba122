"""A counting decorator: a global call counter bumped by every ask, printed at the end."""

import functools

import autoform as af

CAUSE = "counting decorator"
ARGS = (["owls", "cats", "dogs"],)
CALLS = {"n": 0}


def counted(f):
    @functools.wraps(f)
    def wrapper(*a, **kw):
        CALLS["n"] += 1
        return f(*a, **kw)

    return wrapper


@counted
def ask(t):
    return af.lm_call([{"role": "user", "content": f"{t} #{CALLS['n']}"}], model="m")


def main(items: list):
    return [ask(t) for t in items], CALLS["n"]

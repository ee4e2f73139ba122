"""int() of a reply raises after an independent call's failure was caught and handled: the
ValueError's __context__ is None (the handled failure is done with)."""

import autoform as af

CAUSE = "deferred"
ARGS = ()
FAIL = {"boom"}


def main():
    a = af.lm_call([{"role": "user", "content": "one"}], model="m")
    try:
        b = af.lm_call([{"role": "user", "content": "boom"}], model="m")
    except RuntimeError:
        b = "fallback"
    try:
        n = int(a)
    except ValueError as exc:
        n = repr(exc.__context__)
    return [a, b, n]

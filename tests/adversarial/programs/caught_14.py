"""A helper asserts on its first reply before an independent second call; caught."""

import autoform as af

CAUSE = 11
ARGS = ("check",)


def checked(q):
    a = af.lm_call([{"role": "user", "content": q}], model="m")
    assert a.startswith("OK"), "reply not OK"
    return a + af.lm_call([{"role": "user", "content": "follow-up"}], model="m")


def main(q: str):
    try:
        return checked(q)
    except AssertionError as exc:
        return str(exc)

"""A helper makes call a (fails) then b; the caller catches: b must not be asked."""

import autoform as af

CAUSE = 11
ARGS = ("t",)
FAIL = {"first"}


def two(q):
    a = af.lm_call([{"role": "user", "content": "first " + q}], model="m")
    b = af.lm_call([{"role": "user", "content": "second " + q}], model="m")
    return a + b


def main(topic: str):
    try:
        return two(topic)
    except RuntimeError as exc:
        return f"fallback: {exc}"

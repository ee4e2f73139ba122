"""`raise ... from` with a reply in the message."""

import autoform as af

CAUSE = "control"
ARGS = ("q",)


def main(q: str):
    a = af.lm_call([{"role": "user", "content": q}], model="m")
    b = af.lm_call([{"role": "user", "content": q + "2"}], model="m")
    try:
        int(a)
    except ValueError as exc:
        raise LookupError(f"not a number: {a} / {b}") from exc
    return b

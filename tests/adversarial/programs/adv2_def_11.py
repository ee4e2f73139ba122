"""An ExceptionGroup raised by a validating helper after a call; except* takes the
ValueErrors and prints them."""

import autoform as af

CAUSE = "deferred"
ARGS = (["x", "", "y", ""],)


def validate(items):
    errs = [ValueError(f"empty at {i}") for i, s in enumerate(items) if not s]
    if errs:
        raise ExceptionGroup("invalid", errs)
    return items


def main(items: list[str]):
    a = af.lm_call([{"role": "user", "content": "start"}], model="m")
    try:
        ok = validate(items)
    except* ValueError as eg:
        print("bad", len(eg.exceptions))
        ok = [s for s in items if s]
    b = af.lm_call([{"role": "user", "content": ",".join(ok)}], model="m")
    return [a, b]

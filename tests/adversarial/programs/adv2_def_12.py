"""An ExceptionGroup from a helper after an independent call that fails: the call's failure
comes first, and no except* print."""

import autoform as af

CAUSE = "deferred"
ARGS = (["x", ""],)
FAIL = {"boom"}


def validate(items):
    errs = [ValueError(f"empty at {i}") for i, s in enumerate(items) if not s]
    if errs:
        raise ExceptionGroup("invalid", errs)
    return items


def main(items: list[str]):
    a = af.lm_call([{"role": "user", "content": "boom"}], model="m")
    try:
        ok = validate(items)
    except* ValueError:
        print("bad")
        ok = []
    b = af.lm_call([{"role": "user", "content": ",".join(ok)}], model="m")
    return [a, b]

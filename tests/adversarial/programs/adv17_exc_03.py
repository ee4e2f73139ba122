"""ExceptionGroup collected by hand: each item's failure is kept in a list and raised as an
ExceptionGroup at the end; main catches it with except* and prints each."""

import autoform as af

CAUSE = "except star"
ARGS = (["owls", "cats", "dogs", "bees"],)
FAIL = ["cats", "bees"]


def gather_all(items):
    out, errs = [], []
    for t in items:
        try:
            out.append(af.lm_call([{"role": "user", "content": t}], model="m"))
        except RuntimeError as e:
            errs.append(e)
    if errs:
        raise ExceptionGroup("some failed", errs)
    return out


def main(items: list):
    try:
        return gather_all(items)
    except* RuntimeError as eg:
        for e in eg.exceptions:
            print("error:", e)
    return "partial"

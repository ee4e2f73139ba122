"""An LM failure caught, and the exception's chained context printed: the handler raises
a wrapped error (`raise ... from exc`), caught outside, whose __cause__ is printed."""

import autoform as af

CAUSE = "exception chaining"
ARGS = (["owls", "cats", "dogs"],)
FAIL = ["cats"]


class StepError(Exception):
    pass


def step(t):
    try:
        return af.lm_call([{"role": "user", "content": t}], model="m")
    except Exception as exc:
        raise StepError(f"step {t}") from exc


def main(items: list):
    out = []
    for t in items:
        try:
            out.append(step(t))
        except StepError as e:
            print("failed:", e, "| cause:", type(e.__cause__).__name__, e.__cause__)
            print("context is cause:", e.__context__ is e.__cause__)
    return out

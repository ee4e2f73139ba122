"""The LM failure is re-raised from a helper as another type with a note and a cause; the
caller returns the notes and the cause's type."""

import autoform as af

CAUSE = "errors"
ARGS = ()
FAIL = {"boom"}


class StepFailed(Exception):
    pass


def step(q):
    try:
        return af.lm_call([{"role": "user", "content": q}], model="m")
    except RuntimeError as exc:
        err = StepFailed("step " + q)
        err.add_note("retry later")
        raise err from exc


def main():
    a = step("fine")
    try:
        b = step("boom")
    except StepFailed as exc:
        b = [exc.__notes__, type(exc.__cause__).__name__]
    c = step("after")
    return [a, b, c]

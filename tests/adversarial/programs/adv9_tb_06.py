"""A failure is wrapped (raise ... from) and the whole chain's frames of this file printed."""

import traceback

import autoform as af

CAUSE = "traceback"
ARGS = ("owls",)
FAIL = ["bad"]


class StepFailed(Exception):
    pass


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


def step(q):
    try:
        return ask(q)
    except RuntimeError as e:
        raise StepFailed("step " + q[:6]) from e


def main(topic: str):
    a = step(topic)
    try:
        b = step("bad " + a)
    except StepFailed as e:
        te = traceback.TracebackException.from_exception(e)
        while te is not None:
            mine = [f for f in te.stack if f.filename == __file__]
            print(te.exc_type.__name__, "".join(traceback.format_list(mine)))
            te = te.__cause__
        b = None
    return [a, b]

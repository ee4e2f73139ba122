"""A helper making an LM call raises; the function catches it and returns its context,
its cause and the names of this file's functions its traceback passes through."""

import traceback

import autoform as af

CAUSE = "errors"
ARGS = ("owls",)


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


def parse(q):
    r = ask(q)
    try:
        return int(r)
    except ValueError as exc:
        raise LookupError("not a number: " + r[:8]) from exc


def main(topic: str):
    a = ask(topic)
    try:
        n = parse(a)
    except LookupError as exc:
        names = [f.name for f in traceback.extract_tb(exc.__traceback__) if f.filename == __file__]
        n = [str(exc), repr(exc.__cause__), repr(exc.__context__), names]
    b = ask(topic + "s")
    return [a, n, b]

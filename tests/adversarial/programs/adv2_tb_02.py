"""The caught failure's traceback is summarised as the names of the functions it passed
through, as a retry helper might log it."""

import traceback

import autoform as af

CAUSE = "errors"
ARGS = ()
FAIL = {"boom"}


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


def main():
    b = ask("fine")
    try:
        a = ask("boom")
    except RuntimeError as exc:
        names = [f.name for f in traceback.extract_tb(exc.__traceback__)]
        a = [n for n in names if n in ("main", "ask")]
    return [a, b]

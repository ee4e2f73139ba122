"""A BaseException of the user's (not an Exception) leaves a helper between LM calls; the
function lets it out."""

import autoform as af

CAUSE = "errors"
ARGS = ("owls",)


class Abort(BaseException):
    pass


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


def gate(r):
    if "owl" in r:
        raise Abort("stop at " + r[:6])
    return r


def main(topic: str):
    a = ask(topic)
    b = ask(topic + "s")
    gate(a)
    c = ask(b)
    return [a, b, c]

"""A helper puts a ContextVar's value in the prompt; the function sets it between calls."""

import contextvars

import autoform as af

CAUSE = 1
ARGS = ()
RID = contextvars.ContextVar("rid", default="none")


def ask(t):
    return af.lm_call([{"role": "user", "content": f"[{RID.get()}] {t}"}], model="m")


def main():
    a = ask("a")
    RID.set("r1")
    b = ask("b")
    return [a, b]

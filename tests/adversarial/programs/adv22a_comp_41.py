"""A list comprehension of helpers reading VAR in the prompt and setting it (alias) after."""

import contextvars

import autoform as af

CAUSE = "comprehension fan-out of context-writing helpers"
ARGS = (["owls", "cats", "dogs"],)

VAR = contextvars.ContextVar("adv22a_comp_41", default="unset")
put = VAR.set


def ask(t):
    r = af.lm_call([{"role": "user", "content": t + "|" + VAR.get()}], model="m")
    put(t)
    return r


def main(xs):
    return [ask(x) for x in xs], VAR.get()

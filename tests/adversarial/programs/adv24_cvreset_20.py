"""A primitive resets a token to undo the previous primitive's set."""

import contextvars
import time

import autoform as af

CAUSE = "context var token reset in a later primitive"
ARGS = ("owls", "cats")

VAR = contextvars.ContextVar("adv24_cvreset_20", default="unset")
_TOKENS = []


class Keeper:
    var = VAR


@af.primitive
def push(t, d):
    time.sleep(d)
    _TOKENS.append(Keeper.var.set(t))
    return t


@af.primitive
def peek(t):
    return t + "/" + Keeper.var.get()


def main(a: str, b: str):
    x = push(a, 0.02)
    y = peek(b)
    return x, y, VAR.get()

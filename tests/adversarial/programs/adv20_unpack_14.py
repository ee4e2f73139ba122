"""Unpack of a reply's split() where the unpack fails, followed by an independent failing call whose failure is printed."""


import autoform as af

CAUSE = "Unpack of a replys split where the un"
ARGS = ("owls", "cats")
FAIL = ['cats']


def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")


def pair(t):
    r = af.lm_call([{"role": "user", "content": t}], model="m")
    return r, t


def main(a, b):
    out = []
    try:
        k, v = ask(a).split(":")
    except ValueError as e:
        out.append(str(e))
    try:
        out.append(ask(b))
    except RuntimeError as e:
        out.append(str(e))
    return out

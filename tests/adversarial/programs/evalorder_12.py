"""Keyword arguments are evaluated in order: a logging keyword before a failing call."""

import autoform as af

CAUSE = 5
ARGS = ("t",)
FAIL = {"late"}
LOG = []


def mark(x):
    LOG.append(x)
    return x


def pack(**kw):
    return kw


def main(topic: str):
    return pack(a=mark("a"), b=af.lm_call([{"role": "user", "content": "late"}], model="m"))

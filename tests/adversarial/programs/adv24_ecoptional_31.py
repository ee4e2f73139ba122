"""A `str | None` parameter given an int; a `list[str]` given a tuple."""

import logging

import autoform as af

CAUSE = "union and generic annotations given other types"
ARGS = ("owls", "cats", 5, ("p", "q"))


def noted(t, n: str | None, tags: list[str]):
    r = af.lm_call([{"role": "user", "content": t}], model="m")
    logging.warning("got %d %s", n, tags)
    tags_out = tags + ["z"] if isinstance(tags, list) else tags
    return r, tags_out


def other(t):
    r = af.lm_call([{"role": "user", "content": "o" + t}], model="m")
    print("other", r)
    return r


def main(a, b, n, tags):
    return noted(a, n, tags), other(a), noted(b, None, list(tags)), other(b)

"""A helper that reads its caller's line is called through map(), not by name."""

import sys

import autoform as af

CAUSE = "frames"
ARGS = (["owls", "cats"],)


def tag(t):
    f = sys._getframe(1)
    return f"{f.f_code.co_name}@{f.f_lineno - main.__code__.co_firstlineno}: {t}"


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


def main(topics: list):
    first = ask(topics[0])
    tagged = list(map(tag, topics))
    return [first, ask(tagged[0]), ask(tagged[1])]

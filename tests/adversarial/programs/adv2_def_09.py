"""A parse helper raises its own error from a ValueError; the caller catches it and prints
the cause's type; an earlier call fails first."""

import json

import autoform as af

CAUSE = "deferred"
ARGS = ("owls",)
FAIL = {"boom"}


class ParseError(Exception):
    pass


def parse(text):
    try:
        return json.loads(text)
    except ValueError as exc:
        raise ParseError("not json: " + text[:10]) from exc


def main(topic: str):
    a = af.lm_call([{"role": "user", "content": "plain " + topic}], model="m")
    b = af.lm_call([{"role": "user", "content": "boom " + topic}], model="m")
    try:
        data = parse(a)
    except ParseError as exc:
        print("caught", type(exc.__cause__).__name__)
        data = None
    return [b, data]

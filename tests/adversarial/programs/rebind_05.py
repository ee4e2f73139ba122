"""mock.patch.object on the module replaces a primitive for a with block; a call follows."""

import sys
from unittest import mock

import autoform as af

CAUSE = "rebind"
ARGS = ("owl",)


@af.primitive
def search(q: str) -> str:
    return "real hits for " + q


def main(topic: str):
    a = af.lm_call([{"role": "user", "content": topic}], model="m")
    with mock.patch.object(sys.modules[__name__], "search", return_value="fake hits") as fake:
        hits = search(a)
        calls = fake.call_count
    more = search(topic)
    return [hits, calls, more]

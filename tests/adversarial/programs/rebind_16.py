"""A helper patched to a Mock whose side_effect list runs out: StopIteration, caught."""

from unittest import mock

import autoform as af

CAUSE = "rebind"
ARGS = (["owl", "bat", "cat"],)


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


def main(topics: list[str]):
    first = ask(topics[0])
    with mock.patch(f"{__name__}.ask", side_effect=["one", "two"]):
        try:
            replies = [ask(t) for t in topics]
        except StopIteration:
            replies = ["exhausted"]
    return [first, replies]

"""A helper called per item uses a primitive a recording mock replaced before the loop."""

from unittest import mock

import autoform as af

CAUSE = "rebind"
ARGS = (["owl", "bat", "cat", "emu", "yak"],)


@af.primitive
def tag(q: str) -> str:
    return "tag:" + q


def describe(t):
    r = af.lm_call([{"role": "user", "content": t * (1 + len(t) % 3)}], model="m")
    return tag(r)


def main(topics: list[str]):
    with mock.patch(f"{__name__}.tag", side_effect=lambda q: "fake:" + q) as fake:
        out = [describe(t) for t in topics]
        seen = [c.args[0] for c in fake.call_args_list]
    return [out, seen]

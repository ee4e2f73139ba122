"""A primitive patched with a recording Mock is called in a comprehension over replies."""

from unittest import mock

import autoform as af

CAUSE = "rebind"
ARGS = (["owl", "bat", "cat"],)


@af.primitive
def search(q: str) -> str:
    return "hits:" + q


def main(topics: list[str]):
    patcher = mock.patch(f"{__name__}.search", side_effect=lambda q: "fake:" + q)
    fake = patcher.start()
    out = [search(af.lm_call([{"role": "user", "content": t}], model="m")) for t in topics]
    patcher.stop()
    return [out, [c.args[0] for c in fake.call_args_list]]

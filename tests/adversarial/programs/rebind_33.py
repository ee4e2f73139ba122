"""A primitive is patched with a recording Mock (patcher.start) before a collecting loop."""

from unittest import mock

import autoform as af

CAUSE = "rebind"
ARGS = (["owl", "bat", "cat", "emu"],)


@af.primitive
def search(q: str) -> str:
    return "hits:" + q


def main(topics: list[str]):
    patcher = mock.patch(f"{__name__}.search", side_effect=lambda q: "fake:" + q)
    fake = patcher.start()
    out = []
    for t in topics:
        r = af.lm_call([{"role": "user", "content": t}], model="m")
        out.append(search(r))
    patcher.stop()
    order = [c.args[0] for c in fake.call_args_list]
    return [out, order]

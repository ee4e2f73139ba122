"""A pure helper is patched with a recording Mock before a collecting loop."""

from unittest import mock

import autoform as af

CAUSE = "rebind"
ARGS = (["owl", "bat", "cat", "emu"],)


def clean(s):
    return s.strip("<>")


def main(topics: list[str]):
    patcher = mock.patch(f"{__name__}.clean", side_effect=lambda s: s.upper())
    fake = patcher.start()
    out = []
    for t in topics:
        r = af.lm_call([{"role": "user", "content": t}], model="m")
        out.append(clean(r))
    patcher.stop()
    order = [c.args[0] for c in fake.call_args_list]
    return [out, order]

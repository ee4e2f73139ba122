"""A helper is patched with a recording Mock; two independent calls of it, then its log."""

from unittest import mock

import autoform as af

CAUSE = "rebind"
ARGS = ("owl",)


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


def main(topic: str):
    patcher = mock.patch(f"{__name__}.ask", side_effect=lambda q: "fake:" + q)
    fake = patcher.start()
    a = ask(topic)
    b = ask(topic + "2")
    patcher.stop()
    return [a, b, [c.args[0] for c in fake.call_args_list]]

"""A helper patched to a Mock whose side_effect list runs out, outside any try."""

from unittest import mock

import autoform as af

CAUSE = "rebind"
ARGS = ("owl",)


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


def main(topic: str):
    patcher = mock.patch(f"{__name__}.ask", side_effect=["one"])
    patcher.start()
    try:
        a = ask(topic)
        b = ask(a)
    finally:
        patcher.stop()
    return [a, b]

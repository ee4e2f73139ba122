"""The argument of a primitive call rebinds that primitive: Python already looked it up."""

import autoform as af

CAUSE = "rebind"
ARGS = ("owl",)


@af.primitive
def search(q: str) -> str:
    return "real:" + q


def fake_search(q):
    return "fake:" + q


def offline(q):
    globals()["search"] = fake_search
    return q


def main(topic: str):
    a = af.lm_call([{"role": "user", "content": topic}], model="m")
    x = search(offline(a))
    y = search(topic)
    return [x, y]

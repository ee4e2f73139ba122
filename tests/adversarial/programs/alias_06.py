"""setdefault returns the inner list; appending to it changes a later call's messages."""

import autoform as af

CAUSE = "alias"
ARGS = ("voles",)


def main(topic: str):
    store = {}
    inner = store.setdefault("msgs", [{"role": "user", "content": topic}])
    a = af.lm_call(store["msgs"], model="m")
    inner.append({"role": "user", "content": "again " + a})
    b = af.lm_call(store["msgs"], model="m")
    return [a, b]

"""`msgs += [...]` extends the list in place: an alias sees it."""

import autoform as af

CAUSE = "alias"
ARGS = ("crabs",)


def main(topic: str):
    msgs = [{"role": "user", "content": topic}]
    view = msgs
    a = af.lm_call(view, model="m")
    msgs += [{"role": "assistant", "content": a}]
    b = af.lm_call(view, model="m")
    return [a, b, len(view)]

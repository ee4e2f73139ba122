"""The function raises StopIteration itself when a reply is empty-handed; nothing catches it."""

import autoform as af

CAUSE = "stop-iteration"
ARGS = ("owl",)


def main(topic: str):
    a = af.lm_call([{"role": "user", "content": topic}], model="m")
    if "owl" in a:
        raise StopIteration("no more topics")
    return a

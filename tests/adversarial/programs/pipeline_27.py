"""A lambda that calls a helper asking the model, applied to two replies."""

import autoform as af

CAUSE = "pipeline"
ARGS = ("owl",)


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


def main(topic: str):
    critique = lambda text: ask("critique " + text)  # noqa: E731
    a = ask(topic)
    b = ask(topic + "2")
    return [critique(a), critique(b)]

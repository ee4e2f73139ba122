"""A helper's default argument is a list it appends the topic to; the prompt joins it."""

import autoform as af

CAUSE = "helper mutable default in comprehension"
ARGS = (["owls", "cats", "dogs"],)


def ask(t, _hist=[]):  # noqa: B006
    _hist.append(t)
    return af.lm_call([{"role": "user", "content": " > ".join(_hist)}], model="m")


def main(items: list):
    return [ask(t) for t in items]

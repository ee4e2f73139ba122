"""A helper with a keyword argument default that is a module list, mutated in between."""

import autoform as af

CAUSE = 1
ARGS = ("owl",)
STOP = ["\n"]


def ask(q, stop=STOP):
    return af.lm_call([{"role": "user", "content": q + repr(stop)}], model="m")


def main(topic: str):
    a = ask(topic)
    STOP.append("END")
    b = ask(topic)
    return [a, b]

"""A helper's argument is a helper that makes a call and rebinds the outer helper."""

import autoform as af

CAUSE = "rebind"
ARGS = ("owl",)


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


def ask_big(q):
    return af.lm_call([{"role": "user", "content": q}], model="big")


def refine(q):
    global ask
    better = af.lm_call([{"role": "user", "content": "refine " + q}], model="m")
    ask = ask_big
    return better


def main(topic: str):
    first = ask(topic)
    second = ask(refine(first))
    third = af.lm_call([{"role": "user", "content": topic + "!"}], model="m")
    return [first, second, third]

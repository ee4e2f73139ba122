"""A helper reads an argument list the caller mutates after the helper's call."""

import autoform as af

CAUSE = 1
ARGS = ("moss",)


def ask_all(msgs):
    return af.lm_call(list(msgs), model="m")


def main(topic: str):
    seed = af.lm_call([{"role": "user", "content": topic}], model="m")
    msgs = [{"role": "user", "content": seed}]
    first = ask_all(msgs)
    msgs.append({"role": "user", "content": "and then?"})
    second = ask_all(msgs)
    return [first, second]

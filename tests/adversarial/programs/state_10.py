"""A call that depends on an earlier reply reads a list the function extends afterwards."""

import autoform as af

CAUSE = 1
ARGS = ("storms",)
CONTEXT = ["ctx0"]


def ask_ctx(q):
    return af.lm_call([{"role": "user", "content": q + " " + "/".join(CONTEXT)}], model="m")


def main(topic: str):
    a = af.lm_call([{"role": "user", "content": topic}], model="m")
    b = ask_ctx(a)
    CONTEXT.append("ctx1")
    return [b, list(CONTEXT)]

"""A helper hands out the module's own list; what the caller appends shows in later prompts."""

import autoform as af

CAUSE = 2
ARGS = ("owls",)
STATE = {"items": []}


def current():
    return STATE["items"]


def ask(q):
    return af.lm_call([{"role": "user", "content": q + repr(STATE["items"])}], model="m")


def main(topic: str):
    items = current()
    a = ask(topic)
    items.append(a)
    b = ask(topic)
    return b

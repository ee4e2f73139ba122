"""A helper hands back a module constant list; the caller appends to it, then a
helper reading it asks."""

import autoform as af

CAUSE = "alias"
ARGS = ("owls",)
RULES = ["be brief"]


def rules():
    return RULES


def ask(q):
    rules_text = "; ".join(RULES)
    return af.lm_call([{"role": "user", "content": rules_text + " | " + q}], model="m")


def main(topic: str):
    a = ask("facts " + topic)
    r = rules()
    r.append("cite " + a)
    b = ask("jokes " + topic)
    return [a, b, RULES]

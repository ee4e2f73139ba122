"""A system prompt list shared by all requests; after the first batch, a rule is appended
to it; the second batch must carry the rule, the first must not."""

import autoform as af

CAUSE = "shared system messages mutated"
ARGS = (["owls", "cats"],)
SYSTEM = [{"role": "system", "content": "be brief"}]


def ask(t):
    return af.lm_call(SYSTEM + [{"role": "user", "content": t}], model="m")


def ask_shared(t):
    msgs = SYSTEM
    msgs.append({"role": "user", "content": t})
    try:
        return af.lm_call(msgs, model="m")
    finally:
        msgs.pop()


def main(items: list):
    first = [ask(t) for t in items]
    SYSTEM.append({"role": "system", "content": "no lists"})
    second = [ask(t) for t in items]
    third = [ask_shared(t) for t in items]
    return first, second, third

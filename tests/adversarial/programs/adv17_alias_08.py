"""A list of message lists built with `[[...]] * 3` (all the same list); each item appends
its topic to the messages and sends them."""

import autoform as af

CAUSE = "list multiplied aliases"
ARGS = (["owls", "cats", "dogs"],)


def main(items: list):
    convs = [[{"role": "system", "content": "be brief"}]] * len(items)
    out = []
    for conv, t in zip(convs, items):
        msgs = conv + [{"role": "user", "content": t}]
        r = af.lm_call(msgs, model="m")
        conv.append({"role": "assistant", "content": r})
        out.append(r)
    return out

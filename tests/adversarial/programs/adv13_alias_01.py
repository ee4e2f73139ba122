"""The inbox and the outbox are the same list (passed twice); main appends replies to the
outbox while iterating a copy of the inbox and quoting its length."""

import autoform as af

CAUSE = "parameters alias"
BOX = ["owls", "cats"]
ARGS = (BOX, BOX)


def main(inbox: list, outbox: list):
    out = []
    for t in list(inbox):
        r = af.lm_call([{"role": "user", "content": f"{t} ({len(inbox)} queued)"}], model="m")
        outbox.append(r[-5:])
        out.append(r)
    return out, inbox

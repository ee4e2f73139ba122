"""One message dict reused for two questions: sent, then its content overwritten for the
second question (a common shortcut)."""

import autoform as af

CAUSE = "message dict reused"
ARGS = ("owls", "cats")


def main(a: str, b: str):
    msg = {"role": "user", "content": a}
    ra = af.lm_call([msg], model="m")
    msg["content"] = b
    rb = af.lm_call([msg], model="m")
    return ra, rb

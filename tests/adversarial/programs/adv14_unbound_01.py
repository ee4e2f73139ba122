"""A name bound only on one branch before a loop that fans out, read by each item after its
call: the loop as written raises UnboundLocalError at the first item."""

import autoform as af

CAUSE = "9"
ARGS = (["owls", "cats"], False)


def main(items: list, prime: bool):
    if prime:
        prefix = "re: "
    out = []
    for t in items:
        r = af.lm_call([{"role": "user", "content": t}], model="m")
        out.append(prefix + r)
    return out

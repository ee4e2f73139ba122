"""A fanned-out loop indexes each reply's words past their end; the second item's call
fails: the first item's IndexError comes first."""

import autoform as af

CAUSE = "deferred"
ARGS = (["alpha", "boom", "gamma"],)
FAIL = {"boom"}


def main(items: list[str]):
    out = []
    for x in items:
        r = af.lm_call([{"role": "user", "content": x}], model="m")
        out.append(r.split()[5])
    return out

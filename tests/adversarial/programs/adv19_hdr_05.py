"""A while test with a walrus of a reply, and the loop changes the prompt."""

import autoform as af

CAUSE = "walrus call in while test"
ARGS = ("owls",)


def main(a: str):
    out = []
    while len(out) < 3 and (
        r := af.lm_call([{"role": "user", "content": a + str(len(out))}], model="m")
    ):
        out.append(r)
    return out

"""The loop variable is used after the loop, and the loop breaks at a reply-dependent item."""

import autoform as af

CAUSE = 9
ARGS = (["a", "b", "c"],)


def main(items: list[str]):
    x = "none"
    r = ""
    for x in items:
        r = af.lm_call([{"role": "user", "content": x}], model="m")
        if r.endswith("b>"):
            break
    last = af.lm_call([{"role": "user", "content": "last " + x}], model="m")
    return [x, r, last]

"""A fanned-out loop's body prints after its call, then int() of the reply raises: only the
first item's print shows."""

import autoform as af

CAUSE = "deferred"
ARGS = (["a", "b", "c"],)


def main(items: list[str]):
    out = []
    for x in items:
        r = af.lm_call([{"role": "user", "content": x}], model="m")
        print("got", r)
        out.append(int(r))
    return out

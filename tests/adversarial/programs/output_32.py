"""Items print after their call; a print after the loop and a call that fails after
it: every item's print, then the print after the loop."""

import autoform as af

CAUSE = "output"
ARGS = (["a", "b", "c"],)
FAIL = {"last"}


def main(items: list[str]):
    first = af.lm_call([{"role": "user", "content": "intro"}], model="m")
    out = []
    for x in items:
        r = af.lm_call([{"role": "user", "content": x}], model="m")
        print("got", x)
        out.append(r)
    print("between")
    last = af.lm_call([{"role": "user", "content": "last"}], model="m")
    return [first, out, last]

"""continue skips items whose reply is short; a call after the continue uses the reply."""

import autoform as af

CAUSE = "loop"
ARGS = (["a", "bbbbbb", "c", "dddddd"],)


def main(items: list[str]):
    out = []
    for x in items:
        r = af.lm_call([{"role": "user", "content": x}], model="m")
        if len(r) < 8:
            print("skip", x)
            continue
        out.append(af.lm_call([{"role": "user", "content": "more " + r}], model="m"))
    return out

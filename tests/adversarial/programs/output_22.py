"""Items print between their two calls; the last item's first call fails."""

import autoform as af

CAUSE = "output"
ARGS = (["a", "b", "c FAIL"],)
FAIL = {"FAIL"}


def main(items: list[str]):
    out = []
    for it in items:
        r = af.lm_call([{"role": "user", "content": it}], model="m")
        print("first", it)
        r2 = af.lm_call([{"role": "user", "content": "again " + r}], model="m")
        print("second", it)
        out.append(r2)
    print("done")
    return out

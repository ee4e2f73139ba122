"""d['a'] = d['b'] = reply in a fanned-out loop: both keys of each item's dict."""

import autoform as af

CAUSE = "alias"
ARGS = (["x", "y"],)


def main(items: list[str]):
    out = []
    for x in items:
        d = {}
        d["a"] = d["b"] = af.lm_call([{"role": "user", "content": x}], model="m")
        out.append(d)
    return out

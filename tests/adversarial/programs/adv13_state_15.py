"""Live values() view in straight-line code: the second prompt counts the view after the
first reply was stored in the dict."""

import autoform as af

CAUSE = "live values view straight-line"
ARGS = ("owls",)


def main(topic: str):
    store = {"seed": "x"}
    vals = store.values()
    a = af.lm_call([{"role": "user", "content": topic}], model="m")
    store["a"] = a
    b = af.lm_call([{"role": "user", "content": f"{topic} {len(vals)}"}], model="m")
    return a, b

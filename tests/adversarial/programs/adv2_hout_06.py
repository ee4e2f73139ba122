"""A helper prints a dict it is given; independent calls; the caller changes the dict
between the helper calls."""

import autoform as af

CAUSE = "output"
ARGS = ()


def ask(meta, q):
    print("meta", meta)
    return af.lm_call([{"role": "user", "content": q}], model="m")


def main():
    meta = {"step": 1}
    a = ask(meta, "a")
    meta["step"] = 2
    b = ask(meta, "b")
    meta["step"] = 3
    return [a, b, meta]

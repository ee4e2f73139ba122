"""Two independent helpers print around their calls; the first helper's call fails: the
second helper prints nothing."""

import autoform as af

CAUSE = "output"
ARGS = ()
FAIL = {"boom"}


def step(name, q):
    print(name, "start")
    r = af.lm_call([{"role": "user", "content": q}], model="m")
    print(name, "done")
    return r


def main():
    a = step("A", "boom")
    b = step("B", "fine")
    return [a, b]

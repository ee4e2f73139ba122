"""Two independent printing helpers; the second's int() of its reply raises: the first's
prints all come, then the second's start."""

import autoform as af

CAUSE = "output"
ARGS = ()


def step(name, q):
    print(name, "start")
    r = af.lm_call([{"role": "user", "content": q}], model="m")
    print(name, "got", r)
    return int(r)


def main():
    a = step("A", "one")
    b = step("B", "two")
    return [a, b]

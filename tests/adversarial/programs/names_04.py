"""User helpers named `gather` and `acall`, and a local named `shared`."""

import autoform as af

CAUSE = "names"
ARGS = ("owl",)


def gather(*xs):
    return list(xs)


def acall(x):
    return x.upper()


def main(topic: str):
    shared = "s"
    a = af.lm_call([{"role": "user", "content": topic}], model="m")
    b = af.lm_call([{"role": "user", "content": acall(topic)}], model="m")
    c = af.lm_call([{"role": "user", "content": a + shared}], model="m")
    return gather(a, b, c)

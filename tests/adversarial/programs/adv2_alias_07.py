"""A helper stores its argument list in a module registry; the caller mutates the list after
a call, and a second call reads the registry."""

import autoform as af

CAUSE = "alias"
ARGS = ("t",)
REGISTRY = {}


def register(name, xs):
    REGISTRY[name] = xs
    return xs


def main(t: str):
    xs = register("k", [t])
    a = af.lm_call([{"role": "user", "content": "a"}], model="m")
    xs.append(a)
    b = af.lm_call([{"role": "user", "content": str(REGISTRY["k"])}], model="m")
    return [a, b]

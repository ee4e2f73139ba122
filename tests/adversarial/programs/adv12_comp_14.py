"""The program's own module has a PEP 562 __getattr__ that prints; main uses builtins and
a name bound only after compiling."""

import autoform as af

CAUSE = "compile reads own module getattr"
ARGS = (["owls", "cats"],)


def __getattr__(name):
    print("module getattr", name)
    raise AttributeError(name)


def main(topics: list):
    print("start", len(topics))
    out = [af.lm_call([{"role": "user", "content": t}], model="m") for t in topics]
    return sorted(out)

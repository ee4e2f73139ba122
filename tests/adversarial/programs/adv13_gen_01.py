"""A generator that prints as it yields feeds a loop whose body prints and calls the model;
the print lines interleave."""

import autoform as af

CAUSE = "printing generator"
ARGS = (["owls", "cats", "dogs"],)


def chunks(items):
    for i, t in enumerate(items):
        print(f"yield {i}")
        yield t
    print("exhausted")


def main(items: list):
    out = []
    for t in chunks(items):
        r = af.lm_call([{"role": "user", "content": t}], model="m")
        print(f"got {t}")
        out.append(r)
    return out

"""A dict(**x) where x is not a mapping, after a failing-free call and a print."""

import autoform as af

CAUSE = 7
ARGS = (["not", "a", "mapping"],)


def main(extra):
    a = af.lm_call([{"role": "user", "content": "go"}], model="m")
    print("merging")
    msg = dict(role="user", content=a, **extra)
    return af.lm_call([msg], model="m")

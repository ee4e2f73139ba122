"""A primitive raises GeneratorExit after an LM call, caught by main."""

import autoform as af

CAUSE = 'primitive GeneratorExit after call'
ARGS = ("owls",)


@af.primitive
def stop(x):
    raise GeneratorExit(x)


def main(a: str):
    r = af.lm_call([{"role": "user", "content": a}], model="m")
    try:
        stop(r)
    except GeneratorExit as e:
        print("caught", repr(e))
    return r

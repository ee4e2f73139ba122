"""A helper with an LM call raises GeneratorExit after it; main catches."""

import autoform as af

CAUSE = 'helper with call GeneratorExit'
ARGS = ("owls",)


def ask(x):
    r = af.lm_call([{"role": "user", "content": x}], model="m")
    raise GeneratorExit(r)


def main(a: str):
    try:
        ask(a)
    except GeneratorExit as e:
        print("caught", repr(e))
    return a

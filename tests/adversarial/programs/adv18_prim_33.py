"""An LM failure whose handler raises GeneratorExit, caught outside."""

import autoform as af

CAUSE = 'handler GeneratorExit'
ARGS = ("owls",)
FAIL = ['owls']


def main(a: str):
    try:
        try:
            af.lm_call([{"role": "user", "content": a}], model="m")
        except RuntimeError:
            raise GeneratorExit("from handler")
    except GeneratorExit as e:
        print("caught", repr(e))
    return a

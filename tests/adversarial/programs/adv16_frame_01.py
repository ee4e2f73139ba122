"""main prints its own frame's line and function name (inspect.currentframe) between two
calls, a debug idiom."""

import inspect

import autoform as af

CAUSE = "own frame line"
ARGS = ("owls",)


def main(topic: str):
    a = af.lm_call([{"role": "user", "content": topic}], model="m")
    fr = inspect.currentframe()
    print("at", fr.f_code.co_name, fr.f_lineno, fr.f_code.co_filename.endswith(".py"))
    b = af.lm_call([{"role": "user", "content": a}], model="m")
    return b

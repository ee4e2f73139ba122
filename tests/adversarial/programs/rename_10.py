"""The function's own code name and argument count, read from the running frame."""

import inspect

import autoform as af

CAUSE = 12
ARGS = ("owl",)


def main(topic: str):
    reply = af.lm_call([{"role": "user", "content": topic}], model="m")
    code = inspect.currentframe().f_code
    return [reply, code.co_name, code.co_argcount]

"""A deferred step's ValueError, caught in the function: its __context__ and __cause__ and
whether its traceback reaches main."""

import json

import autoform as af

CAUSE = "deferred"
ARGS = ()


def main():
    a = af.lm_call([{"role": "user", "content": "one"}], model="m")
    b = af.lm_call([{"role": "user", "content": "two"}], model="m")
    try:
        data = json.loads(a)
    except ValueError as exc:
        data = [
            repr(exc.__context__),
            repr(exc.__cause__),
            exc.__traceback__.tb_frame.f_code.co_name,
        ]
    return [data, b]

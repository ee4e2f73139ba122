"""A context manager's __exit__ prints the traceback of the LM failure and suppresses it."""

import traceback

import autoform as af

CAUSE = 'tb in __exit__'
ARGS = ("owls", "cats")
FAIL = ['cats']


class Guard:
    def __enter__(self):
        return self

    def __exit__(self, et, ev, t):
        if ev is not None:
            print("".join(traceback.format_exception(et, ev, t)))
        return True


def main(a: str, b: str):
    ra = af.lm_call([{"role": "user", "content": a}], model="m")
    rb = None
    with Guard():
        rb = af.lm_call([{"role": "user", "content": b}], model="m")
    return ra, rb

"""sys.set_int_max_str_digits changed by the program then huge int formatted concurrently."""

import sys

import autoform as af

CAUSE = "sys.set_int_max_str_digits changed by th"
ARGS = ("owls", "cats")
FAIL = ['owls']


def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")


def main(a, b):
    old = sys.get_int_max_str_digits()
    sys.set_int_max_str_digits(0)
    try:
        ra = ask(a)
    except RuntimeError:
        ra = None
    s = str(10 ** 6000)
    sys.set_int_max_str_digits(old)
    try:
        s2 = str(10 ** 6000)
    except ValueError as e:
        s2 = str(e)
    rb = ask(b + s[:3])
    return ra, len(s), s2[:30], rb

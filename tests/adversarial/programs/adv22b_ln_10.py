"""A nested def dividing by zero (no call) in a fanned-out loop; tb_lineno returned."""

import autoform as af

CAUSE = "nested def binop line in loop"
ARGS = (["owls", "cats"],)


def main(items):
    out = []
    for t in items:
        r = af.lm_call([{"role": "user", "content": t}], model="m")

        def ratio(x):
            n = len(x)
            return n / 0

        try:
            ratio(r)
        except ZeroDivisionError as e:
            out.append((r, e.__traceback__.tb_next.tb_lineno))
    return out

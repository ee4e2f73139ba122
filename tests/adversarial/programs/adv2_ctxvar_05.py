"""decimal.localcontext in a fanned-out loop's body, with a helper reading the precision."""

import decimal

import autoform as af

CAUSE = 1
ARGS = ([3, 5, 7],)


def main(precs: list[int]):
    out = []
    for p in precs:
        with decimal.localcontext() as ctx:
            ctx.prec = p
            q = str(decimal.Decimal(1) / decimal.Decimal(3))
            out.append(af.lm_call([{"role": "user", "content": q}], model="m"))
    return out

"""An f-string on an object whose __format__ raises, after a print and a call."""

import autoform as af

CAUSE = 7
ARGS = ()


class Amount:
    def __format__(self, spec):
        raise ValueError("bad amount")


def main():
    a = af.lm_call([{"role": "user", "content": "price?"}], model="m")
    print("price:", a)
    line = f"total {Amount():>8}"
    return af.lm_call([{"role": "user", "content": line}], model="m")

"""`len()` of an object whose __len__ prints, between two calls."""

import autoform as af

CAUSE = 7
ARGS = ()


class Sized:
    def __len__(self):
        print("len asked")
        return 3


def main():
    a = af.lm_call([{"role": "user", "content": "first"}], model="m")
    print("between")
    n = len(Sized())
    return af.lm_call([{"role": "user", "content": a * n}], model="m")

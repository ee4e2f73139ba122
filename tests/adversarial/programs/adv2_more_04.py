"""__del__ prints when a rebound name drops the last reference to an object: the print
comes between the statements where the sequential run drops it."""

import autoform as af

CAUSE = 12
ARGS = ()


class Temp:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("del", self.n)


def main():
    t = Temp(1)
    a = af.lm_call([{"role": "user", "content": "a"}], model="m")
    t = Temp(2)
    print("rebound")
    b = af.lm_call([{"role": "user", "content": "b"}], model="m")
    print("end", t.n)
    return [a, b]

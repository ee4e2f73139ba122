"""n: int is given an object whose __index__ prints; topic[:n] in a call after an
independent call that fails."""

import autoform as af

CAUSE = 7


class Idx:
    def __index__(self):
        print("index")
        return 2


ARGS = ("owls", Idx())
FAIL = {"boom"}


def main(topic: str, n: int):
    a = af.lm_call([{"role": "user", "content": "boom"}], model="m")
    b = af.lm_call([{"role": "user", "content": topic[:n]}], model="m")
    return [a, b]

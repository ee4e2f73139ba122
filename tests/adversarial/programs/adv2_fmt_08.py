"""len() of a user object whose __len__ prints, in a prompt after a call that fails."""

import autoform as af

CAUSE = 7
ARGS = ()
FAIL = {"boom"}


class Bag:
    def __len__(self):
        print("len")
        return 3


def main():
    bag = Bag()
    a = af.lm_call([{"role": "user", "content": "boom"}], model="m")
    b = af.lm_call([{"role": "user", "content": f"{len(bag)} items"}], model="m")
    return [a, b]

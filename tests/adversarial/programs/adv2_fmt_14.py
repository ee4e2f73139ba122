"""A user object's __hash__ prints when used as a dict key in a prompt-building lookup."""

import autoform as af

CAUSE = 7
ARGS = ()
FAIL = {"boom"}


class Key:
    def __hash__(self):
        print("hash")
        return 1


def main():
    k = Key()
    a = af.lm_call([{"role": "user", "content": "boom"}], model="m")
    table = {k: "x"}
    b = af.lm_call([{"role": "user", "content": table[k]}], model="m")
    return [a, b]

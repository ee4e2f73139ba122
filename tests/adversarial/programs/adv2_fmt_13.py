"""A user object's __eq__ prints, compared in an if between two calls; the first fails."""

import autoform as af

CAUSE = 7
ARGS = ()
FAIL = {"boom"}


class Key:
    def __eq__(self, other):
        print("eq")
        return False

    __hash__ = object.__hash__


def main():
    k = Key()
    a = af.lm_call([{"role": "user", "content": "boom"}], model="m")
    mode = "x" if k == "x" else "y"
    b = af.lm_call([{"role": "user", "content": mode}], model="m")
    return [a, b]

"""A list subclass whose __iter__ prints."""

import autoform as af

CAUSE = "list subclass iter prints"


class Loud(list):
    def __iter__(self):
        print("iter!")
        return super().__iter__()


ARGS = (Loud(["owls", "cats"]),)


def main(items):
    return [af.lm_call([{"role": "user", "content": t}], model="m") for t in items]

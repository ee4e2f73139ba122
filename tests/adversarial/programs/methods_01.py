"""A method named like a str method (`replace`) on an object of the user's that has an effect."""

import autoform as af

CAUSE = 4
ARGS = ("x",)
FAIL = {"first"}
LOG = []


class Store:
    def replace(self, a, b):
        LOG.append(("replace", a, b))
        return self


def main(topic: str):
    s = Store()
    a = af.lm_call([{"role": "user", "content": "first " + topic}], model="m")
    s.replace("old", "new")
    return a

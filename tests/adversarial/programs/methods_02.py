"""`.append` on an object of the user's that prints, between a failing call and the return."""

import autoform as af

CAUSE = 4
ARGS = ("x",)
FAIL = {"doomed"}


class Journal:
    def append(self, item):
        print("journal:", item)


def main(topic: str):
    j = Journal()
    a = af.lm_call([{"role": "user", "content": "doomed " + topic}], model="m")
    j.append("after")
    return a

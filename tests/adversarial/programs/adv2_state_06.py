"""A user sink's write raises for a closed sink: print(file=sink) inside try/except that
records the failure; an independent call before it fails."""

import autoform as af

CAUSE = "output"
ARGS = ()
FAIL = {"boom"}
EVENTS = []


class Closed:
    def write(self, s):
        raise ValueError("closed sink")

    def flush(self):
        pass


def main():
    a = af.lm_call([{"role": "user", "content": "boom"}], model="m")
    try:
        print("hello", file=Closed())
    except ValueError as exc:
        EVENTS.append(str(exc))
    b = af.lm_call([{"role": "user", "content": "b"}], model="m")
    return [a, b]

"""A dict subclass as a message whose __getitem__ prints? Messages are a list of a user
Message class whose __iter__ prints; the call after a failing one."""

import autoform as af

CAUSE = 7
ARGS = ()
FAIL = {"boom"}


class Msgs(list):
    def __iter__(self):
        print("iterated")
        return super().__iter__()


def main():
    a = af.lm_call([{"role": "user", "content": "boom"}], model="m")
    msgs = Msgs([{"role": "user", "content": "x"}])
    b = af.lm_call(list(msgs), model="m")
    return [a, b]

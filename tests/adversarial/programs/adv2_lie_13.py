"""n: int is given an object whose __index__ raises a BaseException subclass; topic[:n] in a
call after an independent call that fails."""

import autoform as af

CAUSE = 7


class Abort(BaseException):
    pass


class Idx:
    def __index__(self):
        raise Abort("no index")


ARGS = ("owls", Idx())
FAIL = {"boom"}


def main(topic: str, n: int):
    a = af.lm_call([{"role": "user", "content": "boom"}], model="m")
    b = af.lm_call([{"role": "user", "content": topic[:n]}], model="m")
    return [a, b]

"""A prompt-picking helper raises a BaseException subclass on an empty list; it stands in
a call's arguments after an independent call that fails: the call's failure comes first."""

import autoform as af

CAUSE = "deferred"
ARGS = ([],)
FAIL = {"boom"}


class Abort(BaseException):
    pass


def pick(xs):
    if not xs:
        raise Abort("nothing to ask")
    return xs[0]


def main(items: list[str]):
    a = af.lm_call([{"role": "user", "content": "boom"}], model="m")
    b = af.lm_call([{"role": "user", "content": pick(items)}], model="m")
    return [a, b]

"""json.loads with an object_hook that raises a BaseException subclass, in a later call's
argument, after an independent call that fails."""

import json

import autoform as af

CAUSE = "deferred"
ARGS = ('{"k": 1}',)
FAIL = {"boom"}


class Abort(BaseException):
    pass


def hook(d):
    raise Abort("hook refused")


def main(doc: str):
    a = af.lm_call([{"role": "user", "content": "boom"}], model="m")
    b = af.lm_call([{"role": "user", "content": str(json.loads(doc, object_hook=hook))}], model="m")
    return [a, b]

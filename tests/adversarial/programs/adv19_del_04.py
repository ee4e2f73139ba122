"""Temp object passed straight to a helper (no name) whose __del__ prints after each step."""

import autoform as af

CAUSE = "__del__ of argument temp"
ARGS = (["owls", "cats", "dogs"],)


class Req:
    def __init__(self, t):
        self.t = t

    def __del__(self):
        print("free", self.t)


def send(req):
    return af.lm_call([{"role": "user", "content": req.t}], model="m")


def main(items: list):
    out = []
    for t in items:
        out.append(send(Req(t)))
        print("sent", t)
    return out

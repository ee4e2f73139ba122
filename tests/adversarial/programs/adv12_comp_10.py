"""The helper is a descriptor (class attribute of Svc) whose __get__ prints; main calls
Svc.ask twice."""

import autoform as af

CAUSE = "compile reads descriptor get"
ARGS = ("owls",)


def _ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


class Loud:
    def __get__(self, obj, objtype=None):
        print("get ask")
        return _ask


class Svc:
    ask = Loud()


def main(topic: str):
    print("start")
    a = Svc.ask(topic)
    b = Svc.ask(topic + "!")
    return a, b

"""Attribute and item targets obj.x, d['k'] = pair(a) next to an independent call."""


import autoform as af

CAUSE = "Attribute and item targets obj.x dk"
ARGS = ("owls", "cats")


def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")


def pair(t):
    r = af.lm_call([{"role": "user", "content": t}], model="m")
    return r, t


class Box:
    def __setattr__(self, k, v):
        print("set", k, v)
        object.__setattr__(self, k, v)


class D(dict):
    def __setitem__(self, k, v):
        print("item", k, v)
        dict.__setitem__(self, k, v)


def main(a, b):
    o = Box()
    d = D()
    o.x, d["k"] = pair(a)
    rc = ask(b)
    print("rc", rc)
    return o.x, dict(d), rc

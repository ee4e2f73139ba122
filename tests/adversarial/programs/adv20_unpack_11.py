"""for-loop with unpack of a pair from each iteration's call; one unpacks badly."""


import autoform as af

CAUSE = "for-loop with unpack of a pair from each"
ARGS = (["owls", "cats", "dogs"],)


def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")


def pair(t):
    r = af.lm_call([{"role": "user", "content": t}], model="m")
    return r, t


def trip(t):
    r = af.lm_call([{"role": "user", "content": t}], model="m")
    if t == "cats":
        return r,
    return r, t


def main(items):
    out = []
    for x in items:
        try:
            r, t = trip(x)
        except ValueError as e:
            print("bad", x, e)
            continue
        out.append(r)
    return out

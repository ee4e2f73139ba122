"""for loop target unpacks each pair; items independent."""


import autoform as af

CAUSE = "for loop target unpacks each pair items"
ARGS = (["owls", "cats", "dogs"],)


def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")


def pair(t):
    r = af.lm_call([{"role": "user", "content": t}], model="m")
    return r, t


def main(items):
    out = []
    for r, t in [pair(x) for x in items]:
        out.append(r + t)
    return out

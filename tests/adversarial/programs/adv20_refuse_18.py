"""A lambda default captures a reply (LM call outside lambda)."""


import autoform as af

CAUSE = "A lambda default captures a reply LM ca"
ARGS = (["owls", "cats"],)


def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")


def main(items):
    fs = []
    for t in items:
        r = ask(t)
        fs.append(lambda r=r: r.upper())
    return [f() for f in fs]

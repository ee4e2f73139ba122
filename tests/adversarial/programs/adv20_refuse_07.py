"""sorted(xs, key=lambda r: len(r)) after calls."""


import autoform as af

CAUSE = "sortedxs keylambda r: lenr after c"
ARGS = (["owls", "cats"],)


def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")


def main(items):
    rs = [ask(t) for t in items]
    return sorted(rs, key=lambda r: len(r))

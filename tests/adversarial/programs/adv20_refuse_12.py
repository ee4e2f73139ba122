"""map(lambda...) over replies after the calls."""


import autoform as af

CAUSE = "maplambda... over replies after the ca"
ARGS = (["owls", "cats"],)


def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")


def main(items):
    rs = [ask(t) for t in items]
    return list(map(lambda r: r.upper(), rs))

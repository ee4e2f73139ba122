"""with open(...) read then calls."""


import autoform as af

CAUSE = "with open... read then calls."
ARGS = (["owls", "cats"],)


def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")


def main(items):
    with open(__file__) as f:
        first = f.readline()
    return [ask(t + first[:3]) for t in items]

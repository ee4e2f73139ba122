"""open(path).read() in a loop of calls (common, should not be refused)."""


import autoform as af

CAUSE = "openpath.read in a loop of calls co"
ARGS = (["owls", "cats"],)


def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")


def main(items):
    text = open(__file__).read()
    out = []
    for t in items:
        out.append(ask(t + str(len(text) > 0)))
    return out

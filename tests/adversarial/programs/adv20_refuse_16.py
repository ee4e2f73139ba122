"""'%d' % len(reply) (str formatting, not logging) in a loop."""


import autoform as af

CAUSE = "d  lenreply str formatting not l"
ARGS = (["owls", "cats"],)


def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")


def main(items):
    out = []
    for t in items:
        r = ask(t)
        out.append("%d chars" % len(r))
    return out

"""A module 'constant' template bound once as a str is swapped at run time, through
globals(), by a setup helper, for a renderer object whose `format` logs each use."""

import autoform as af

CAUSE = "constant swapped through globals"
ARGS = (["owls", "cats", "dogs"],)
LOG = []
TEMPLATE = "Tell me about {}"


class Renderer:
    def format(self, *args):
        LOG.append(f"render {args}")
        return "Describe " + " ".join(args)


def setup():
    globals()["TEMPLATE"] = Renderer()


def main(items: list):
    setup()
    out = []
    for t in items:
        r = af.lm_call([{"role": "user", "content": TEMPLATE.format(t)}], model="m")
        LOG.append(f"got {t}")
        out.append(r)
    return out

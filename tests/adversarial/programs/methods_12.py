"""In a comprehension, `.format` on a template object of the user's that counts its uses."""

import autoform as af

CAUSE = 4
ARGS = (["x", "y", "z-FAIL", "w"],)
FAIL = {"FAIL"}
USES = []


class Tpl:
    def format(self, *a):
        USES.append(a)
        return "tell me about " + "/".join(a)


def main(items: list):
    t = Tpl()
    out = []
    for it in items:
        out.append(af.lm_call([{"role": "user", "content": t.format(it)}], model="m"))
    return out

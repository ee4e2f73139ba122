"""main(notes: dict[str, str]) sets one value to a document; a loop over items formats each
value into a second call's prompt."""

import autoform as af

CAUSE = "annotations"
ARGS = ({"owls": "hoot", "cats": "purr", "dogs": "woof"},)
LOG = []


class Doc:
    def __init__(self, t):
        self.t = t

    def __str__(self):
        LOG.append("str " + self.t)
        return self.t


def main(notes: dict[str, str]):
    notes["owls"] = Doc("hoot!")
    notes["dogs"] = Doc("woof!")
    out = []
    for k, v in notes.items():
        a = af.lm_call([{"role": "user", "content": k}], model="m")
        out.append(af.lm_call([{"role": "user", "content": f"{v} {a}"}], model="m"))
    return out

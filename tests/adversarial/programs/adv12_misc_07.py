"""Items passed in ARGS are objects sharing one history list; each turn appends the reply
through the item and quotes the shared length."""

import autoform as af

CAUSE = "fan-out shared object via args"
_H = []


class Persona:
    def __init__(self, name, history):
        self.name = name
        self.history = history


ARGS = ([Persona("ann", _H), Persona("bob", _H), Persona("cy", _H)],)


def main(people: list):
    out = []
    for p in people:
        r = af.lm_call([{"role": "user", "content": p.name}], model="m")
        p.history.append(r)
        out.append(af.lm_call([{"role": "user", "content": f"{r} {len(p.history)}"}], model="m"))
    return out

"""Loop over a dict's items; the body updates the value of a later key."""

import autoform as af

CAUSE = "dict values updated in loop"
ARGS = ({"owls": "night", "cats": "day", "dogs": "park"},)


def main(places: dict):
    out = []
    keys = list(places)
    for k, v in places.items():
        r = af.lm_call([{"role": "user", "content": f"{k} at {v}"}], model="m")
        nxt = keys.index(k) + 1
        if nxt < len(keys):
            places[keys[nxt]] = v + "+" + keys[nxt]
        out.append(r)
    return out

"""A match statement on a reply picks the next prompt; a print in one case."""

import autoform as af

CAUSE = "control"
ARGS = ("yes",)


def main(q: str):
    r = af.lm_call([{"role": "user", "content": q}], model="m")
    other = af.lm_call([{"role": "user", "content": "other"}], model="m")
    match r.strip("<>").split(":"):
        case ["m", "yes"]:
            print("affirmative")
            nxt = "go"
        case [_, word]:
            nxt = "stop " + word
        case _:
            nxt = "?"
    return [af.lm_call([{"role": "user", "content": nxt}], model="m"), other]

"""print(*genexp) spreads a generator expression of replies."""

import autoform as af

CAUSE = "genexp starred in print"
ARGS = (["owls", "cats"],)


def main(items: list):
    print(*(af.lm_call([{"role": "user", "content": t}], model="m") for t in items))
    return 1

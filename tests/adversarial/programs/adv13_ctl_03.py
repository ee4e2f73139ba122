"""next() over a filtered generator: the first item whose reply is long enough wins."""

import autoform as af

CAUSE = "next on generator"
ARGS = (["ox", "cats", "hippopotamus", "bees"],)


def main(items: list):
    scored = ((t, af.lm_call([{"role": "user", "content": t}], model="m")) for t in items)
    winner = next((t for t, r in scored if len(r) > 8), None)
    tail = af.lm_call([{"role": "user", "content": f"winner {winner}"}], model="m")
    return winner, tail

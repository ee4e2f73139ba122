"""str.join over a generator whose prompts quote a list that a map() over the pieces
appends to (the join pulls the generator lazily through map)."""

import autoform as af

CAUSE = "join map effects vs generator prompts"
ARGS = (["owls", "cats", "dogs"],)


def main(items: list):
    pieces = []

    def keep(r):
        pieces.append(r)
        return r[-6:]

    text = " ".join(
        map(
            keep,
            (
                af.lm_call([{"role": "user", "content": f"{t} {len(pieces)}"}], model="m")
                for t in items
            ),
        )
    )
    return text

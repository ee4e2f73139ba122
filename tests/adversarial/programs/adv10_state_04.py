"""Each loop item renders a document (logging into SEEN) and then the next item's plain
message counts SEEN."""

import autoform as af

CAUSE = "turns"
ARGS = (["owls", "cats", "dogs"],)
SEEN = []


class Doc:
    def __init__(self, text):
        self.text = text

    def __str__(self):
        SEEN.append(self.text)
        return self.text

    __repr__ = __str__


def main(topics: list):
    out = []
    for t in topics:
        plain = af.lm_call([{"role": "user", "content": f"{t} seen {len(SEEN)}"}], model="m")
        out.append(af.lm_call([{"role": "user", "content": Doc(plain)}], model="m"))
    return out

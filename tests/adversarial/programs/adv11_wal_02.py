"""A loop's walrus inside an f-string: the last reply is used after the loop."""

import autoform as af

CAUSE = "flow"
ARGS = (["owls", "cats", "dogs"],)


def main(topics: list):
    out = []
    for t in topics:
        out.append(f"{t}: {(last := af.lm_call([{'role': 'user', 'content': t}], model='m'))}")
    return out, last

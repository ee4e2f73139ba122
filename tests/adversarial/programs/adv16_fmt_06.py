"""A module-level defaultdict of defaults used with format_map in a fanned-out
comprehension whose prompts quote its size."""

import collections

import autoform as af

CAUSE = "format_map module defaultdict"
ARGS = (["owls", "cats", "dogs"],)
DEFAULTS = collections.defaultdict(str, {"style": "plain"})


def render(reply):
    return ("{style}: {" + reply[3:7] + "}").format_map(DEFAULTS)


def main(items: list):
    return [
        render(af.lm_call([{"role": "user", "content": f"{t} d={len(DEFAULTS)}"}], model="m"))
        for t in items
    ]

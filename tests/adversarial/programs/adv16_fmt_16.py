"""A module-level defaultdict of defaults used with format_map by a render helper in a
loop; the prompts quote its size read into an int first."""

import collections

import autoform as af

CAUSE = "format_map module defaultdict - size as int"
ARGS = (["owls", "cats", "dogs"],)
DEFAULTS = collections.defaultdict(str, {"style": "plain"})


def render(reply):
    return ("{style}: {" + reply[3:7] + "}").format_map(DEFAULTS)


def main(items: list):
    out = []
    for t in items:
        n = len(DEFAULTS)
        r = af.lm_call([{"role": "user", "content": f"{t} d={n}"}], model="m")
        out.append(render(r))
    return out

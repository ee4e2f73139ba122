"""(The size is read into an int first.) string.Template(...).safe_substitute with a defaultdict mapping: the lookup of each
placeholder inserts it."""

import collections
import string

import autoform as af

CAUSE = "size as int - Template substitute inserts"
ARGS = (["owls", "cats", "dogs"],)


def main(items: list):
    values = collections.defaultdict(lambda: "-")
    out = []
    for t in items:
        size = len(values)
        r = af.lm_call([{"role": "user", "content": f"{t} vars={size}"}], model="m")
        out.append(string.Template("$x" + r[3:7].strip(":<>") + " done").safe_substitute(values))
    return out, sorted(values)

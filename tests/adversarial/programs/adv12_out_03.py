"""A StringIO made in the body collects prints of the loop; a last call quotes it."""

import io

import autoform as af

CAUSE = "output print file= buffer"
ARGS = (["owls", "cats", "dogs"],)


def main(topics: list):
    buf = io.StringIO()
    out = []
    for t in topics:
        r = af.lm_call([{"role": "user", "content": t}], model="m")
        print(r, file=buf)
        out.append(r)
    return af.lm_call([{"role": "user", "content": buf.getvalue()}], model="m")

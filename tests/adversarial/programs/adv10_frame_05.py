"""traceback.extract_stack in a helper called from a loop names the frames above it."""

import traceback

import autoform as af

CAUSE = "frames"
ARGS = (["owls", "cats"],)
LOG = []


def who():
    return traceback.extract_stack(limit=3)[0].name


def main(topics: list):
    out = []
    for t in topics:
        out.append(af.lm_call([{"role": "user", "content": t}], model="m"))
        LOG.append(who())
    return out

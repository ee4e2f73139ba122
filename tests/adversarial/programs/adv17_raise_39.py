"""A summary is logged to LOG after the first call; the second prompt includes a checksum
id of more than 4300 digits turned to text (ValueError): LOG must hold the summary."""

import autoform as af

CAUSE = "huge int after effect"
ARGS = ("owls", "cats", 9**6000)
LOG = []


def main(a: str, b: str, checksum: int):
    ra = af.lm_call([{"role": "user", "content": a}], model="m")
    LOG.append(ra)
    cid = str(checksum)
    rb = af.lm_call([{"role": "user", "content": b + cid[-4:]}], model="m")
    return rb

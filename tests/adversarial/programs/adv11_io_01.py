"""A journal file is appended after each reply; each prompt quotes the journal's size."""

import os
import tempfile

import autoform as af

CAUSE = "state"
ARGS = (["owls", "cats", "dogs"],)
_PATH = os.path.join(tempfile.gettempdir(), "adv11_io_01.journal")


def journal(r):
    with open(_PATH, "a") as f:
        f.write(r + "\n")


def main(topics: list):
    open(_PATH, "w").close()
    out = []
    for t in topics:
        out.append(
            af.lm_call([{"role": "user", "content": f"{t} {os.path.getsize(_PATH)}"}], model="m")
        )
        journal(out[-1])
    return out

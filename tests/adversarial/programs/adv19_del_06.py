"""Comprehension of open temp files written to and never closed explicitly: dropping the
list closes (flushes) them; the function reads the files back after."""

import os
import tempfile

import autoform as af

CAUSE = "file flushed on drop"
ARGS = (["owls", "cats"],)


def main(items: list):
    d = os.path.join(tempfile.gettempdir(), "adv19_del_06")  # (a fixed name: warnings show it)
    os.makedirs(d, exist_ok=True)
    paths = [os.path.join(d, f"{i}.txt") for i in range(len(items))]
    fs = [open(p, "w") for p in paths]
    ws = [
        f.write(af.lm_call([{"role": "user", "content": t}], model="m")) for f, t in zip(fs, items)
    ]
    del fs
    out = []
    for p in paths:
        with open(p) as fh:
            out.append(fh.read())
        os.remove(p)
    os.rmdir(d)
    return ws, out

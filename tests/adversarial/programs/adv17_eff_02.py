"""Results written to a file in a temp dir per item, the file is read back at the end."""

import os
import shutil
import tempfile

import autoform as af

CAUSE = "file writes per item"
ARGS = (["owls", "cats", "dogs"],)


def main(items: list):
    d = tempfile.mkdtemp()
    try:
        path = os.path.join(d, "out.txt")
        for t in items:
            r = af.lm_call([{"role": "user", "content": t}], model="m")
            with open(path, "a") as f:
                f.write(f"{t}={r}\n")
        with open(path) as f:
            return f.read()
    finally:
        shutil.rmtree(d)

"""Write each reply to a temp file, then read the directory listing."""

import os
import tempfile

import autoform as af

CAUSE = "files written then listed"
ARGS = (["owls", "cats", "dogs"],)


def main(items: list):
    d = tempfile.mkdtemp()
    for i, t in enumerate(items):
        r = af.lm_call([{"role": "user", "content": t}], model="m")
        with open(os.path.join(d, f"{i}.txt"), "w") as f:
            f.write(r)
    names = sorted(os.listdir(d))
    texts = []
    for n in names:
        with open(os.path.join(d, n)) as f:
            texts.append(f.read())
        os.remove(os.path.join(d, n))
    os.rmdir(d)
    return texts

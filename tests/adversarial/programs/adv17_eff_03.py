"""pathlib: the size of the log file so far goes into each prompt."""

import pathlib
import shutil
import tempfile

import autoform as af

CAUSE = "pathlib size in prompt"
ARGS = (["owls", "cats", "dogs"],)


def main(items: list):
    d = pathlib.Path(tempfile.mkdtemp())
    try:
        log = d / "log.txt"
        log.write_text("")
        out = []
        for t in items:
            size = log.stat().st_size
            r = af.lm_call([{"role": "user", "content": f"{t} after {size} bytes"}], model="m")
            log.write_text(log.read_text() + r + "\n")
            out.append(r)
        return out
    finally:
        shutil.rmtree(d)

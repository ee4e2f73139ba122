"""stdout patched with mock.patch(...).start() to a tee that records lines in a module
transcript; each prompt quotes the transcript's length, which the prints before it grow."""

import sys
from unittest import mock

import autoform as af

CAUSE = "stdout patched by patcher.start"
ARGS = (["owls", "cats", "dogs"],)
TRANSCRIPT = []


class Tee:
    def write(self, s):
        if s.strip():
            TRANSCRIPT.append(s)
        return len(s)

    def flush(self):
        pass


def main(items: list):
    patcher = mock.patch("sys.stdout", Tee())
    patcher.start()
    out = []
    for t in items:
        print("asking", t)
        out.append(
            af.lm_call([{"role": "user", "content": f"{t} lines={len(TRANSCRIPT)}"}], model="m")
        )
    patcher.stop()
    return out, len(TRANSCRIPT), sys.stdout is not None

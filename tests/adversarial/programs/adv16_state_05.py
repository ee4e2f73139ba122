"""A user class with a method named `append` that also logs and renumbers: the transcript
object is built in main, replies are appended, and the next prompt quotes its text."""

import autoform as af

CAUSE = "user append method"
ARGS = (["owls", "cats", "dogs"],)
LOG = []


class Transcript:
    def __init__(self):
        self.lines = []

    def append(self, line):
        LOG.append(f"line {len(self.lines)}")
        self.lines.append(f"{len(self.lines)}: {line[-10:]}")

    def text(self):
        return " / ".join(self.lines)


def main(items: list):
    tr = Transcript()
    for t in items:
        tr.append(
            af.lm_call([{"role": "user", "content": f"{t} after {len(tr.lines)}"}], model="m")
        )
    return tr.text()

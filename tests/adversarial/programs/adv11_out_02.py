"""print(file=...) to a user sink whose write counts in a global; the prompt quotes the count."""

import autoform as af

CAUSE = "output"
ARGS = (["owls", "cats", "dogs"],)
WRITES = 0


class Sink:
    def write(self, s):
        global WRITES
        WRITES += 1

    def flush(self):
        pass


def main(topics: list):
    sink = Sink()
    out = []
    for t in topics:
        print("asking", t, file=sink)
        out.append(af.lm_call([{"role": "user", "content": f"{t} {WRITES}"}], model="m"))
    return out

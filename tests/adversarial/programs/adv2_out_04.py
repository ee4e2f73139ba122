"""print(file=...) to a module sink that records, interleaved with calls in a loop."""

import autoform as af

CAUSE = "output"
ARGS = (["a", "b", "c"],)
LOG = []


class Sink:
    def write(self, s):
        if s != "\n":
            LOG.append(s)

    def flush(self):
        pass


SINK = Sink()


def main(items: list[str]):
    out = []
    for x in items:
        print("ask", x, file=SINK)
        r = af.lm_call([{"role": "user", "content": x}], model="m")
        print("got", r, file=SINK)
        out.append(r)
    print("done", file=SINK)
    return out

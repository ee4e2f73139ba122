"""print to a module sink that records into a list, and the next call's prompt reads how many
lines the sink holds."""

import autoform as af

CAUSE = "output"
ARGS = ("owls",)
LINES = []


class Sink:
    def write(self, s):
        if s.strip():
            LINES.append(s)

    def flush(self):
        pass


SINK = Sink()


def main(topic: str):
    a = af.lm_call([{"role": "user", "content": "a " + topic}], model="m")
    print("first done", file=SINK)
    b = af.lm_call([{"role": "user", "content": f"b {topic} {len(LINES)}"}], model="m")
    return [a, b]

"""A builder with method chaining returning self; each add() calls the model and the
builder's running total goes into the next prompt."""

import autoform as af

CAUSE = "builder chaining"
ARGS = ("owls",)


class Report:
    def __init__(self, topic):
        self.topic = topic
        self.sections = []

    def add(self, heading):
        text = af.lm_call(
            [{"role": "user", "content": f"{heading} of {self.topic} ({len(self.sections)})"}],
            model="m",
        )
        self.sections.append((heading, text))
        return self

    def render(self):
        return "\n".join(f"# {h}\n{t}" for h, t in self.sections)


def main(topic: str):
    return Report(topic).add("Intro").add("Body").add("End").render()

"""A property that counts how often it is read (module counter) and is quoted in each
prompt; the reply is checked through another property."""

import autoform as af

CAUSE = "property counts reads"
READS = {"n": 0}


class Job:
    def __init__(self, topic):
        self.topic = topic
        self.reply = None

    @property
    def prompt(self):
        READS["n"] += 1
        return f"{self.topic} (read {READS['n']})"

    @property
    def done(self):
        READS["n"] += 10
        return self.reply is not None


ARGS = (["owls", "cats", "dogs"],)


def main(topics: list):
    jobs = [Job(t) for t in topics]
    for j in jobs:
        if not j.done:
            j.reply = af.lm_call([{"role": "user", "content": j.prompt}], model="m")
    return [j.reply for j in jobs], READS["n"]

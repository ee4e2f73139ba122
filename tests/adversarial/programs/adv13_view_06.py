"""Agents share one notes list (passed to each constructor); the loop over agents appends
each reply to its agent's notes and quotes the notes' length."""

import autoform as af

CAUSE = "agents share notes list"
ARGS = (["owls", "cats", "dogs"],)


class Agent:
    def __init__(self, topic, notes):
        self.topic = topic
        self.notes = notes


def main(items: list):
    shared = []
    agents = [Agent(t, shared) for t in items]
    for a in agents:
        r = af.lm_call(
            [{"role": "user", "content": f"{a.topic} ({len(a.notes)} notes)"}], model="m"
        )
        a.notes.append(r)
    return shared

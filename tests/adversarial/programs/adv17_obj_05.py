"""A dataclass holding pipeline state with a default_factory list; a method mutates it and
a property computed from it goes into each prompt."""

import dataclasses

import autoform as af

CAUSE = "dataclass state property"
ARGS = (["owls", "cats", "dogs"],)


@dataclasses.dataclass
class State:
    notes: list = dataclasses.field(default_factory=list)
    calls: int = 0

    @property
    def summary(self):
        return f"{self.calls} calls, last={self.notes[-1] if self.notes else '-'}"

    def record(self, r):
        self.calls += 1
        self.notes.append(r[-5:])


def main(items: list):
    st = State()
    for t in items:
        r = af.lm_call([{"role": "user", "content": f"{t} ({st.summary})"}], model="m")
        st.record(r)
    return st

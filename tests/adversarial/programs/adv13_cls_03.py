"""An Enum of tasks whose members carry prompt templates; a classmethod registry counts how
many tasks ran, and the summary prompt quotes the count."""

import enum

import autoform as af

CAUSE = "enum tasks classmethod registry"
ARGS = ("owls",)


class Task(enum.Enum):
    SUMMARY = "Summarise {}"
    CRITIQUE = "Critique {}"
    TITLE = "Title for {}"

    def run(self, topic):
        Runner.record(self)
        return af.lm_call([{"role": "user", "content": self.value.format(topic)}], model="m")


class Runner:
    ran = []

    @classmethod
    def record(cls, task):
        cls.ran.append(task.name)


def main(topic: str):
    results = {task.name: task.run(topic) for task in Task}
    results["META"] = af.lm_call(
        [{"role": "user", "content": f"{len(Runner.ran)} tasks: {','.join(Runner.ran)}"}],
        model="m",
    )
    return results

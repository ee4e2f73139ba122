"""A class-based agent with memory and a tool table: each step asks the planner, picks a
tool by a regex on the reply, the tool mutates the agent's notes, and the next prompt quotes
how many notes there are."""

import re

import autoform as af

CAUSE = "agent memory tools"
ARGS = (["owls", "cats", "dogs", "bees"],)


class Agent:
    def __init__(self, model="m"):
        self.model = model
        self.notes = []
        self.tools = {"search": self.search, "write": self.write}

    def search(self, q):
        self.notes.append(f"searched {q}")
        return len(self.notes)

    def write(self, q):
        self.notes.append(f"wrote {q}")
        return len(self.notes) * 10

    def ask(self, text):
        return af.lm_call([{"role": "user", "content": text}], model=self.model)

    def step(self, goal):
        plan = self.ask(f"plan for {goal} (notes: {len(self.notes)})")
        name = "search" if re.search(r"[aeiou]{1}s", plan) else "write"
        score = self.tools[name](goal)
        return self.ask(f"{goal}: used {name} -> {score}")


def main(goals: list):
    agent = Agent()
    answers = [agent.step(g) for g in goals]
    return answers, agent.notes

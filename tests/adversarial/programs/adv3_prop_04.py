"""The property is read through another object's attribute (`team.lead.profile`)."""

import asyncio

import autoform as af

CAUSE = "event loop"
ARGS = ("owls",)


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


async def _fetch(w):
    await asyncio.sleep(0)
    return "profile of " + w


class User:
    def __init__(self, name):
        self.name = name

    @property
    def profile(self):
        return asyncio.run(_fetch(self.name))


class Team:
    def __init__(self, lead):
        self.lead = lead


def main(topic: str):
    team = Team(User(topic))
    a = ask(topic)
    b = ask(a + team.lead.profile)
    return [a, b]

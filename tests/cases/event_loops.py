"""Code of the user's that runs an event loop of its own sees none running: a helper, a
property or a method read where the object's class cannot be told, a class whose making
runs one. (`intro` still runs beside the making of `lead`.)"""

import asyncio

import autoform as af


async def _lookup(word):
    await asyncio.sleep(0)
    return word.upper()


def lookup_sync(word):
    return asyncio.run(_lookup(word))


class Profile:
    def __init__(self, name):
        self.name = name
        self.key = lookup_sync(name)

    @property
    def bio(self):
        return lookup_sync(self.name)


def profiles(names):
    return [Profile(n) for n in names]


@af.concurrent
def pipeline(topic: str, names: list):
    outline = af.lm_call([{"role": "user", "content": f"Outline {topic}"}], model="m")
    people = profiles(names)
    bios = " ".join(p.bio for p in people)
    lead = Profile(topic)
    intro = af.lm_call([{"role": "user", "content": f"Introduce {bios}"}], model="m")
    return [outline, intro, lead.key, lookup_sync(outline)]

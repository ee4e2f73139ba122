"""A local named like a module the generated code might import (`asyncio`, `autoform`)."""

import autoform as af

CAUSE = "names"
ARGS = ("owl",)


def main(topic: str):
    asyncio = "not the module"
    autoform = "nor this"
    a = af.lm_call([{"role": "user", "content": topic}], model="m")
    b = af.lm_call([{"role": "user", "content": topic + asyncio}], model="m")
    return [a, b, autoform]

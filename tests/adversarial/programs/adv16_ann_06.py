"""A `str` parameter and a `list[str]` parameter; main extends the list with the items of
a dict of user objects (values()), and a straight-line call formats the last one after a
module state change."""

import autoform as af

CAUSE = "list of str extended with objects"
ARGS = ("owls", ["cats"])
STATE = {"v": "old"}


class Tag:
    def __str__(self):
        return f"tag-{STATE['v']}"


def main(topic: str, tags: list[str]):
    tags.extend({"k": Tag()}.values())
    a = af.lm_call([{"role": "user", "content": topic}], model="m")
    STATE["v"] = "new"
    b = af.lm_call([{"role": "user", "content": f"{topic} {tags[-1]}"}], model="m")
    return a, b

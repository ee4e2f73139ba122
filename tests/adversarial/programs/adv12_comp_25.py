"""An Enum member's attribute is an enum.property (a DynamicClassAttribute) that prints."""

import enum

import autoform as af

CAUSE = "compile reads enum.property"
ARGS = ("owls",)


class Tier(enum.Enum):
    FAST = "m"

    @enum.property
    def model(self):
        print("tier model read")
        return self.value


def main(topic: str):
    print("start")
    return af.lm_call([{"role": "user", "content": topic}], model=Tier.FAST.model)

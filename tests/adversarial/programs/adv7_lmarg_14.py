"""A str-valued Enum member as a message's content, and a role from an Enum."""

import enum

import autoform as af

CAUSE = "client"
ARGS = ("owls",)


class Role(enum.StrEnum):
    USER = "user"
    SYSTEM = "system"


class Style(enum.StrEnum):
    TERSE = "be terse"


def main(q: str):
    a = af.lm_call(
        [{"role": Role.SYSTEM, "content": Style.TERSE}, {"role": Role.USER, "content": q}],
        model="m",
    )
    b = af.lm_call([{"role": Role.USER, "content": q + "s"}], model="m")
    return [a, b]

"""The first of the words that start with a capital, of a reply that has none: IndexError,
taken after the earlier call's print."""

import autoform as af

CAUSE = "deferred"
ARGS = ("paris",)


def main(city: str):
    a = af.lm_call([{"role": "user", "content": "facts about " + city}], model="m")
    print("facts:", a)
    b = af.lm_call([{"role": "user", "content": "sights of " + city}], model="m")
    print("sights:", b)
    names = [w for w in a.split() if w[:1].isupper()][0]  # noqa: RUF015
    c = af.lm_call([{"role": "user", "content": "history of " + names}], model="m")
    d = af.lm_call([{"role": "user", "content": "food of " + city}], model="m")
    return [c, d]

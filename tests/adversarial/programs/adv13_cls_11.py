"""Items are objects from the caller: each renders its own prompt with a method that counts
renders on the class; the comprehension asks for all of them."""

import autoform as af

CAUSE = "arg objects render counter"


class Item:
    renders = 0

    def __init__(self, name):
        self.name = name

    def prompt(self):
        Item.renders += 1
        return f"{self.name} #{Item.renders}"


ARGS = ([Item("owls"), Item("cats"), Item("dogs")],)


def main(items: list):
    replies = [af.lm_call([{"role": "user", "content": i.prompt()}], model="m") for i in items]
    return replies, Item.renders

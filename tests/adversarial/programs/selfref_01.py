"""The function keeps a history of its topics in a list attribute on itself."""

import autoform as af

CAUSE = 14
ARGS = ("q",)


def main(topic: str):
    if not hasattr(main, "topics"):
        main.topics = []
    main.topics.append(topic)
    return af.lm_call([{"role": "user", "content": topic}], model="m") + str(len(main.topics))

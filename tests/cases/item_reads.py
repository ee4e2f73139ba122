"""Item reads that could insert a key: a parameter of no pinned type is looked into on
entry (`read=`), and a loop reading items of names bound outside it (a library call's copy,
a class attribute) looks into them as it starts (`reads=`): a defaultdict there runs them
in order."""

import copy

import autoform as af

STYLES = {"brief": "in one line", "long": "in a paragraph"}


class Registry:
    notes = {"owls": " (nocturnal)", "cats": ""}  # noqa: RUF012 (a class's table, as users keep one)


@af.concurrent
def pipeline(topics: list[str], styles: dict, style: str = "brief"):
    table = copy.deepcopy(STYLES)
    answers = []
    for topic in topics:
        how = styles[style] if style in styles else table[style]
        answer = af.lm_call([{"role": "user", "content": f"{topic}, {how}"}], model="m")
        answers.append(answer + Registry.notes[topic])
    return answers

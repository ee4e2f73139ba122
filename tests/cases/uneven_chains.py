"""Two chains of calls side by side, written one after the other: the short chain's second
call starts as soon as its first is done, not after the long call written before it."""

import autoform as af


def ask(text, model):
    return af.lm_call([{"role": "user", "content": text}], model=model)


@af.concurrent
def pipeline(topic: str, model: str = "m") -> str:
    research = ask(af.format("Research {} in depth.", topic), model)
    outline = ask(af.format("Outline an essay on {}.", topic), model)
    draft_prompt = af.format("Draft the essay from this outline:\n{}", outline)
    draft = ask(draft_prompt, model)
    return af.format("{}\n\n{}", draft, research)

"""vars(agent) taken once is the agent's live __dict__; per-item attributes set with setattr
show up in the next prompt's count."""

import autoform as af

CAUSE = "vars live dict"
ARGS = (["owls", "cats", "dogs"],)


class Agent:
    pass


def main(items: list):
    agent = Agent()
    state = vars(agent)
    out = []
    for t in items:
        r = af.lm_call([{"role": "user", "content": f"{t} ({len(state)} facts)"}], model="m")
        state[t] = r
        out.append(r)
    return out

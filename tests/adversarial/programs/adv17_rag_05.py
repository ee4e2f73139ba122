"""Tool-call loop: an agent keeps a history list; while the reply does not say 'done' and
steps remain, a tool is run whose output is appended; the history length goes in prompts."""

import autoform as af

CAUSE = "agent while loop"
ARGS = ("find owls", 4)
TOOL_CALLS = []


def run_tool(reply):
    TOOL_CALLS.append(reply[-6:])
    return f"tool({len(reply)})"


def main(task: str, max_steps: int):
    history = [{"role": "user", "content": task}]
    steps = 0
    while steps < max_steps:
        reply = af.lm_call(list(history), model="m")
        history.append({"role": "assistant", "content": reply})
        if "done" in reply:
            break
        history.append({"role": "user", "content": run_tool(reply) + f" #{len(history)}"})
        steps += 1
    return len(history), steps

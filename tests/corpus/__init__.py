"""Realistic LM pipelines, one per module, written as people write them (cookbook-style
``llm_call`` helpers, f-strings and ``TEMPLATE.format``, ``json.loads`` in try/except, ``re``
on replies, ``logging``, dataclasses, loops over documents), to measure how many rounds of LM
calls autoform's schedule takes against the optimum worked out by hand (issue 12).

Each module declares ``PIPELINE`` (the function, or bound method, to compile), ``ARGS`` (its
positional arguments), ``SEQUENTIAL_ROUNDS`` (its LM calls), ``OPTIMAL_ROUNDS`` (the fewest
rounds a correct schedule needs, reasoned in a comment) and may define ``respond(prompt)``,
the simulated model's reply to a prompt (``None``: the loopback server's default reply).
``python -m tests.corpus`` runs them (see `run`).
"""

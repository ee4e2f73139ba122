"""An adversarial suite: ordinary-looking programs run as written and compiled, compared.

``programs/<category>_<nn>.py`` each define ``main(...)``, ``ARGS`` and optionally ``FAIL``
(prompt substrings whose LM call fails), ``LOG`` (an effect log) and ``CAUSE`` (the cause of
unsoundness it aims at: a number of issue 11 or a short label). ``harness.py`` runs both and
lists every discrepancy; ``python -m tests.adversarial`` prints them with a summary line.
"""

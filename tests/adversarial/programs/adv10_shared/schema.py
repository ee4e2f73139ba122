"""A response format class with a name that is the same in every run."""


class Answer:
    pass

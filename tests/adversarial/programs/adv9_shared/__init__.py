"""A second module of the adv9 programs: helpers whose source is not in the program's file."""

"""kb: a knowledge base of Vietnamese official documents on preventing human
trafficking and supporting its victims."""

__version__ = "0.1.0"

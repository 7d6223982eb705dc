"""Turnaround (化危为机): handle a customer complaint from the first call to the lesson learned."""

__version__ = "0.1.0"
APP_NAME = "Turnaround"

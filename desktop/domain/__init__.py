"""The rules of complaint handling, recovery and learning: plain Python, no Qt, no SQL."""

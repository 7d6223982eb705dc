"""The complaint wizard: one page per stage of the method, saving as the user types."""

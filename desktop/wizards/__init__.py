"""Step-by-step flows: the complaint wizard (and, later, the thought record)."""

"""Demo data in Chinese and English, deterministic for a seed: cases (cases.py, written from
the texts of story.py and the corpus), customers (companies.py), the journal and goals
(journal.py). services/demo.py puts them in a data folder."""

from desktop.demo.cases import generate
from desktop.demo.team import LETTERHEAD, PROFILE

__all__ = ["LETTERHEAD", "PROFILE", "generate"]

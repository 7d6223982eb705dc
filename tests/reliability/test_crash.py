"""SIGKILL at random moments while saving: nothing confirmed is lost, the file stays sound."""

from __future__ import annotations

from tests.reliability.crash import crash_run


def test_twenty_kills_lose_nothing_that_was_confirmed(tmp_path):
    report = crash_run(tmp_path / "data", kills=20)
    assert report.kills == 20
    assert report.confirmed > 40  # it really was saving when it died
    assert report.lost == 0
    assert report.damaged == 0

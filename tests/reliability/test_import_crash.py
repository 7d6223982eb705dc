from __future__ import annotations

from tests.reliability.import_crash import import_crash_run


def test_imports_killed_at_random_leave_the_old_data_or_the_new_never_neither(tmp_path):
    report = import_crash_run(tmp_path, kills=6)
    assert report.kills == 6
    assert report.neither == 0 and report.damaged == 0
    assert report.old + report.new == 6

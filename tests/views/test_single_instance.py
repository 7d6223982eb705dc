"""A second start on the same data folder brings the open window forward."""

from __future__ import annotations

from desktop.views.single_instance import ShowRequests, ask_first_to_show, server_name


def test_a_second_start_asks_the_first_to_come_forward(qtbot, data_home):
    requests = ShowRequests(data_home)
    assert requests.listening
    with qtbot.waitSignal(requests.show_requested, timeout=5000):
        assert ask_first_to_show(data_home)


def test_with_no_window_open_nobody_answers(data_home, tmp_path):
    from desktop.paths import DataFolder

    other = DataFolder(tmp_path / "other").ensure()
    assert server_name(other) != server_name(data_home)
    assert not ask_first_to_show(other)

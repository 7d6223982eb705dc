"""Any damage to an archive is refused with a message and changes nothing in the data folder.
`make bench` runs this with more examples."""

from __future__ import annotations

import os

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.domain.errors import StoreError
from tests.services.test_import_safety import folder_state

EXAMPLES = max(20, int(os.environ.get("TURNAROUND_FUZZ_EXAMPLES", "100")) // 5)


@pytest.fixture
def archive(services, tmp_path):
    case = services.cases.create()
    services.cases.update_intake(case.id, customer="华信银行", complaint_text="报表出错")
    return services.data.export_all(tmp_path / "good.turnaround").read_bytes()


@settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(data=st.data())
def test_a_damaged_archive_is_refused_and_changes_nothing(services, archive, tmp_path, data):
    damaged = bytearray(archive)
    for _ in range(data.draw(st.integers(1, 8))):
        position = data.draw(st.integers(0, len(damaged) - 1))
        damaged[position] = data.draw(st.integers(0, 255))
    cut = data.draw(st.integers(len(damaged) // 3, len(damaged)))
    path = tmp_path / "damaged.turnaround"
    path.write_bytes(bytes(damaged[:cut]))
    before = folder_state(services.folder.root)
    try:
        services.data.restore(path)
    except StoreError:
        assert folder_state(services.folder.root) == before

"""The migration names in order, kept apart so start-up can check them without sqlite-utils.

A test checks this list equals the registered migrations.
"""

NAMES = [
    "0001_initial",
    "0002_case_search",
    "0003_sort_indexes",
    "0004_letter_language",
    "0005_lesson_search",
    "0006_journal_metadata",
    "0007_letter_parts",
    "0008_open_commitments_by_kind",
    "0009_type_corrections",
    "0010_calendar_official",
    "0011_insights_indexes",
    "0012_customer_items",
    "0013_kept_late_indexes",
    "0014_customers",
    "0015_effectiveness_checks",
    "0016_trash",
    "0017_contact_title",
    "0018_also_type",
]

"""The case library (案例库): lessons, sharing them with colleagues, prevention checklists."""

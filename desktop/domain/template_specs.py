"""The templates a user may edit in Settings: the apology letter and the first-response script
for each type, in Chinese and in English, with the fields each can fill, and the check that an
edited template still fills (no unknown {field}, every [[ closed)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from desktop.domain.enums import ComplaintType, Language
from desktop.domain.errors import ValidationError

LETTER_FIELDS = (
    "issue",
    "you",
    "impact",
    "responsibility",
    "also",
    "project",
    "customer",
    "received_date",
    "what_happened",
    "actions_done",
    "actions_planned",
    "compensation",
    "commitment",
    "contact",
)
SCRIPT_FIELDS = (
    "contact",
    "customer",
    "you",
    "issue",
    "also",
    "engineer",
    "engineer_title",
    "company",
    "phone",
    "promise_time",
)
_FIELD = re.compile(r"{(\w*)}")


@dataclass(frozen=True)
class TemplateSpec:
    """One editable template: where it is shipped, its language, its type (a script's)."""

    parts: tuple[str, ...]  # under resources/templates; the user's copy takes the last part
    language: Language
    complaint_type: ComplaintType | None  # None: the apology letter
    fields: tuple[str, ...]

    @property
    def key(self) -> str:
        return "/".join(self.parts)


def template_specs() -> list[TemplateSpec]:
    specs = [
        TemplateSpec((f"letter.{lang.value}.txt",), lang, None, LETTER_FIELDS)
        for lang in (Language.ZH, Language.EN)
    ]
    for kind in ComplaintType:
        for lang in (Language.ZH, Language.EN):
            name = f"{kind.value}.{lang.value}.txt"
            specs.append(TemplateSpec(("first_response", name), lang, kind, SCRIPT_FIELDS))
    return specs


def check_template(text: str, spec: TemplateSpec) -> str:
    """The text, or ValidationError: empty, a field this template cannot fill, an unclosed [[."""
    if not text.strip():
        raise ValidationError("template", "required")
    for name in _FIELD.findall(text):
        if name not in spec.fields:
            raise ValidationError("template", "template_field", value="{" + name + "}")
    depth = 0
    for match in re.finditer(r"\[\[|\]\]", text):
        depth += 1 if match.group() == "[[" else -1
        if depth not in (0, 1):
            raise ValidationError("template", "template_brackets")
    if depth:
        raise ValidationError("template", "template_brackets")
    return text

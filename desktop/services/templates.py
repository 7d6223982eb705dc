"""Settings › Templates: read a template as the user has it, keep an edited copy in the data
folder's templates/ (the letter and the scripts read it from there), or go back to the shipped
one."""

from __future__ import annotations

from pathlib import Path

from desktop.domain.template_specs import TemplateSpec, check_template, template_specs
from desktop.domain.templates import user_or_shipped
from desktop.paths import resource
from desktop.safe_write import write_atomically
from desktop.services.settings import SettingsService


class TemplateService:
    def __init__(self, settings: SettingsService) -> None:
        self.settings = settings

    def specs(self) -> list[TemplateSpec]:
        return template_specs()

    def text(self, spec: TemplateSpec) -> str:
        return user_or_shipped(self.settings.templates_folder(), *spec.parts)

    def shipped(self, spec: TemplateSpec) -> str:
        return resource("templates", *spec.parts).read_text(encoding="utf-8")

    def _user_file(self, spec: TemplateSpec) -> Path | None:
        folder = self.settings.templates_folder()
        return None if folder is None else folder / spec.parts[-1]

    def is_edited(self, spec: TemplateSpec) -> bool:
        path = self._user_file(spec)
        return path is not None and path.exists()

    def save(self, spec: TemplateSpec, text: str) -> None:
        """Keep the edited template (ValidationError: nothing is written). Saving the shipped
        text back is the same as resetting."""
        text = check_template(text.replace("\r\n", "\n"), spec)
        path = self._user_file(spec)
        if path is None:
            return
        if text == self.shipped(spec):
            self.reset(spec)
            return
        path.parent.mkdir(parents=True, exist_ok=True)
        write_atomically(path, text.encode("utf-8"))

    def reset(self, spec: TemplateSpec) -> None:
        path = self._user_file(spec)
        if path is not None:
            path.unlink(missing_ok=True)

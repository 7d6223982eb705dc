"""One module per stage of the method."""

from desktop.wizards.complaint.pages.classify import ClassifyPage
from desktop.wizards.complaint.pages.close import ClosePage
from desktop.wizards.complaint.pages.first_response import FirstResponsePage
from desktop.wizards.complaint.pages.intake import IntakePage
from desktop.wizards.complaint.pages.investigate import InvestigatePage
from desktop.wizards.complaint.pages.plan import PlanPage
from desktop.wizards.complaint.pages.repair import RepairPage
from desktop.wizards.complaint.pages.team import TeamPage

ALL = [
    IntakePage,
    ClassifyPage,
    FirstResponsePage,
    InvestigatePage,
    PlanPage,
    TeamPage,
    RepairPage,
    ClosePage,
]

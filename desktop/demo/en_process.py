"""Demo texts for process complaints (schedule delay, missing documents, change chaos)."""

from __future__ import annotations

from desktop.demo.story import Cause, Story, Voice
from desktop.domain.enums import FactorKind as F
from desktop.domain.enums import FactorNature as N
from desktop.domain.enums import Responsibility as Resp
from desktop.domain.enums import Subtype as Sub

STORIES = {
    Sub.SCHEDULE_DELAY: Story(
        remedies=(
            "A new plan we can rely on, and weekly progress reports.",
            "An explanation of the delay, and the key dates guaranteed.",
            "More people on the project so the next milestone is met.",
        ),
        impacts=(
            "Go-live has slipped and the customer's own plans have had to change.",
            "The business is still working by hand; the promised savings have not arrived.",
        ),
        causes=(
            Cause(
                "The scope changed several times during the project, but we never re-estimated "
                "the schedule, so plan and reality drifted apart.",
                fix="Re-estimate the scope and agree a new milestone plan together",
                improve="Attach a schedule impact to every scope change, signed by both sides",
                prevent="Review the plan with the customer every two weeks",
                escape="The plan was estimated once at the start and never reviewed.",
                factors=(
                    (F.REQUIREMENT_CHANGED, N.OBJECTIVE, "Scope changed several times"),
                    (F.HUMAN_OVERSIGHT, N.SUBJECTIVE, "Schedule never re-estimated"),
                ),
                told=(
                    "pm",
                    "The plan was never updated after kick-off; the scope changes were agreed "
                    "verbally.",
                ),
                cues=("scope", "requirement", "change", "added"),
                responsibility=Resp.SHARED,
                lesson="When the scope moves, the plan must move too, in front of the customer.",
            ),
            Cause(
                "Third-party equipment and interfaces the project depends on were late, and we "
                "waited instead of raising it and pushing for a solution.",
                fix="List every outside dependency with an owner and a date",
                improve="Track dependencies weekly and escalate any three days late",
                prevent="Identify outside dependencies at kick-off and put them in the plan",
                escape="Dependencies were not in the plan, so nobody saw them slip.",
                factors=(
                    (F.COMMUNICATION_GAP, N.SUBJECTIVE, "Dependencies not chased"),
                    (F.RESOURCE_SHORTAGE, N.OBJECTIVE, "Third-party resources late"),
                ),
                told=(
                    "consultant",
                    "Several tasks on site have been waiting for a third party's equipment and "
                    "documents, and we never escalated it.",
                ),
                cues=("third", "vendor", "supplier", "equipment", "waiting", "integration"),
                responsibility=Resp.SHARED,
                lesson="Someone has to chase what others owe us, and say so early when it slips.",
            ),
            Cause(
                "Key people were moved to another project mid-way, and their replacements needed "
                "time to get up to speed.",
                fix="Bring the original consultant back and add one more to recover the schedule",
                improve="Move key people only with the customer's agreement and a handover",
                prevent="Lock the core team on key projects until a month after go-live",
                escape="Staffing moves were decided internally without weighing the project.",
                factors=((F.RESOURCE_SHORTAGE, N.OBJECTIVE, "Key people moved mid-project"),),
                told=(
                    "pm",
                    "The original consultant was moved to another project, and the replacement is "
                    "still finding their feet.",
                ),
                cues=("new consultant", "replace", "moved", "left", "staff", "new person"),
                responsibility=Resp.IMPLEMENTATION,
                lesson="Changing people is the most expensive way to be late.",
            ),
        ),
        looking=(
            "We are comparing the plan with actual progress item by item; you will have the "
            "reasons and a new plan this week.",
            "The team is re-planning the remaining work; the new milestones will go to your "
            "project team first.",
        ),
        heard=(
            "{contact} explained the dates management cares about and what the delay means for "
            "{department}.",
            "{contact} said their own plans have already been changed several times and the new "
            "one must hold.",
        ),
        evidence=(
            ("Plan versus actual", "Planned and actual dates of each milestone."),
            ("Scope change log", "Each change during the project and how it was agreed."),
        ),
        asks=(
            "The customer's staff available for testing",
            "Delivery dates for the third-party equipment",
        ),
        requests=(
            ("One more implementation consultant", "Delivery"),
            ("Priority in the development schedule", "R&D"),
        ),
        criterion="The next milestone of the new plan met on time",
    ),
    Sub.MISSING_DOCUMENTS: Story(
        remedies=(
            "The missing documents within a week, with the table of contents first.",
            "Instructions we can actually follow.",
            "The documents, plus a training session.",
        ),
        impacts=(
            "New staff learn slowly and phone for help with every step.",
            "An internal audit cannot be passed without the documents.",
        ),
        causes=(
            Cause(
                "The user guides were left off the delivery list, and nobody checked the list "
                "item by item at handover.",
                fix="Complete the user guide and run a training session",
                improve="Check the delivery list against the contract annex line by line",
                prevent="Have the customer sign for each document at acceptance",
                escape="Acceptance tested the functions, not the documents.",
                factors=((F.HUMAN_OVERSIGHT, N.SUBJECTIVE, "Documents left off the delivery"),),
                told=(
                    "pm",
                    "The contract annex lists the documents, but we did not check it at close-out.",
                ),
                cues=("never", "still", "missing", "asked", "no "),
                responsibility=Resp.IMPLEMENTATION,
                lesson="Documents are deliverables: accept them like features.",
            ),
            Cause(
                "The documents are the generic version and do not match the site's own setup and "
                "processes, so following them does not work.",
                fix="Rewrite the relevant chapters for the site's actual setup",
                improve="Add a site-configuration section to the document template",
                prevent="Have a key user try the documents before delivery",
                escape="No one who would use the documents read them first.",
                factors=((F.UNCLEAR_REQUIREMENT, N.OBJECTIVE, "Documentation needs not defined"),),
                told=(
                    "consultant",
                    "What we sent is the product's generic manual; the customer's setup differs "
                    "in many places.",
                ),
                cues=("generic", "template", "doesn't match", "translat", "follow"),
                responsibility=Resp.IMPLEMENTATION,
                lesson="Write the customer's manual for the customer's system.",
            ),
            Cause(
                "After several updates the documents were never revised and no longer match the "
                "screens.",
                fix="Update the documents for the current version and mark what changed",
                improve="Update the documents with every release",
                prevent="Add documentation to the release checklist",
                escape="The release process had no documentation step.",
                factors=((F.HUMAN_OVERSIGHT, N.SUBJECTIVE, "Documents not updated with releases"),),
                told=(
                    "product",
                    "The documents are two versions old; the screens have changed several times "
                    "since.",
                ),
                cues=("out of date", "outdated", "old", "previous version", "screens"),
                responsibility=Resp.IMPLEMENTATION,
                lesson="An out-of-date manual misleads more than no manual.",
            ),
        ),
        looking=(
            "We are checking the delivery list to see exactly what is missing; you will have a "
            "table of contents and dates this week.",
            "Writing has started; we will send you the table of contents to approve first.",
        ),
        heard=(
            "{contact} listed the documents needed most urgently; new staff in {department} need "
            "the user guide first.",
            "{contact} wants the documents written around their real processes, to follow step "
            "by step.",
        ),
        evidence=(
            ("Contract delivery list", "Everything the contract says we deliver."),
            ("Documents delivered", "What has been delivered, and which version."),
        ),
        asks=("The documents needed most urgently", "A key user to review the drafts"),
        requests=(("A technical writer for a week", "Product"),),
        criterion="The documents complete and usable for daily work",
    ),
    Sub.CHANGE_CHAOS: Story(
        remedies=(
            "Go back to the design we approved, and put every change in writing from now on.",
            "List every change; we decide which ones are reversed.",
            "A proper change process: nothing unsigned gets built.",
        ),
        impacts=(
            "What runs differs from what was approved, and staff do not know which to follow.",
            "Repeated rework has shaken the customer's confidence in the project.",
        ),
        causes=(
            Cause(
                "Changes skipped the approval process: they were agreed in conversation on site "
                "and went straight into development.",
                fix="Roll back to the approved version and put the changes through approval",
                improve="Use one change request form for every change",
                prevent="Release no change without both sides' signatures",
                escape="The release check did not ask whether changes were approved.",
                factors=(
                    (F.UNCLEAR_REQUIREMENT, N.OBJECTIVE, "Requirements agreed verbally"),
                    (F.HUMAN_OVERSIGHT, N.SUBJECTIVE, "Change approval skipped"),
                ),
                told=(
                    "consultant",
                    "Someone on site asked for it in passing; it seemed small, so we just did it.",
                ),
                cues=("verbal", "approv", "authori", "no record", "who"),
                responsibility=Resp.SHARED,
                lesson="A change agreed in conversation is a dispute waiting to happen.",
            ),
            Cause(
                "After a change of staff, the new colleague did not know what had been agreed "
                "and changed things as they understood them.",
                fix="Restore the agreed design and review the sign-off records with the new "
                "colleague",
                improve="Hand over every sign-off record when people change",
                prevent="Keep all sign-offs in one place and read them before any change",
                escape="The handover covered the code, not the agreements.",
                factors=((F.COMMUNICATION_GAP, N.SUBJECTIVE, "Incomplete handover"),),
                told=(
                    "pm",
                    "The colleague who took over had not read the earlier sign-offs and changed "
                    "things as they understood them.",
                ),
                cues=("new consultant", "replacement", "took over", "handover", "new person"),
                responsibility=Resp.IMPLEMENTATION,
                lesson="When people change, past agreements are the first thing lost.",
            ),
            Cause(
                "The two sides understood the requirement differently; the sign-off wording was "
                "too vague, so what was built was not what was expected.",
                fix="Clarify each requirement together and change the build to match",
                improve="Attach mock-ups or examples to every requirement sign-off",
                prevent="Demonstrate key features before building them in full",
                escape="Requirements were signed off as text, with no mock-ups.",
                factors=((F.UNCLEAR_REQUIREMENT, N.OBJECTIVE, "Requirement wording vague"),),
                told=(
                    "product",
                    "Reading the sign-off again, the wording really is vague; each side read it "
                    "differently.",
                ),
                cues=("understood", "misunderst", "not what we", "different", "thought"),
                responsibility=Resp.SHARED,
                lesson="Let the customer see the requirement; words alone get misread.",
            ),
        ),
        looking=(
            "We are listing every change made in this period and checking each against the "
            "sign-off records.",
            "Half the change list is ready; your project team will decide for each whether it "
            "stays or goes.",
        ),
        heard=(
            "{contact} showed us where things differ from the approved design; {department} has "
            "already been working the new way for days.",
            "{contact} wants every change confirmed in writing first from now on.",
        ),
        evidence=(
            ("Design sign-off", "The design both sides signed, and when."),
            ("Difference list", "How the live version differs from the signed design."),
        ),
        asks=("The customer's decision on each listed change", "Who may approve changes"),
        requests=(("A developer to help with the roll-back", "R&D"),),
        criterion="Every change since confirmed in writing",
    ),
}

VOICE = Voice(
    found=(
        "We have reviewed how the project went. {cause} We will {fix} by {date}.",
        "We now know why it went wrong. {cause} The corrections will be complete by "
        "{date}, and we will report back then.",
    ),
    fixing=(
        "We are going through the corrections with your project team; so far so good.",
        "This week's work follows the corrections we agreed; details are attached.",
        "The corrections are under way; we will ask you to confirm them when done.",
    ),
    fixed=(
        "Completed: {Fix}. Please confirm.",
        "Done as agreed; we will keep to the new way of working.",
    ),
    watching=(
        "This week the corrections went to plan, and nothing new came up.",
        "The improvements are working; we will tell you at once if anything changes.",
        "All on track; we will arrange the follow-up visit with you in good time.",
    ),
    escalations=(
        "This affects the customer's wider plans; the delivery director needs to rearrange "
        "resources.",
        "The customer's management wants a written commitment from our senior management.",
    ),
    visits=(
        "At the follow-up the customer confirmed the corrections and was satisfied with how "
        "we handled it.",
        "The customer likes the new way of working.",
    ),
    visits_mixed=(
        "The customer accepts the corrections but is still unhappy about what happened.",
        "Clearly better; the customer wants us to keep working this way.",
    ),
    comments=(
        "We finally know where we stand.",
        "A clear plan, well executed.",
        "Quick to put things right.",
    ),
    comments_mixed=("Please don't let this happen again.", "Better than before; keep going."),
    held=("The new way of working has held for a month.", "The customer confirms the improvement."),
    failed=("The same problem came up again.", "The corrections are not fully in place."),
    confirm=("Approval of the corrections", "A date for the follow-up visit"),
    cancelled=(
        "The customer decided to keep the current process for now.",
        "Deferred to the next phase of the project.",
    ),
)

"""Demo texts for communication complaints (slow response, unclear explanation, lack of
initiative, perfunctory handling)."""

from __future__ import annotations

from desktop.demo.story import Cause, Story, Voice
from desktop.domain.enums import FactorKind as F
from desktop.domain.enums import FactorNature as N
from desktop.domain.enums import Responsibility as Resp
from desktop.domain.enums import Subtype as Sub

STORIES = {
    Sub.SLOW_RESPONSE: Story(
        remedies=(
            "A named contact and an answer within 24 hours.",
            "A phone number that someone answers, and news when there is progress.",
            "An explanation of why nobody replied, and how you will make sure it does not "
            "happen again.",
        ),
        impacts=(
            "Issues pile up and the business has lost confidence in the project team.",
            "Small problems have grown while the business waited and improvised.",
        ),
        causes=(
            Cause(
                "A ticket routing rule stopped working after a system change, and the ticket sat "
                "unassigned.",
                fix="Assign a named owner and send a daily status",
                improve="Repair the routing rule and check for other stranded tickets",
                prevent="Alert and escalate automatically when a ticket waits too long",
                escape="Nobody was watching the queue of unassigned tickets.",
                factors=((F.TECHNICAL_DEFECT, N.OBJECTIVE, "Ticket routing rule broken"),),
                told=(
                    "support",
                    "The ticket never appeared in anyone's queue; the assignment history is empty.",
                ),
                cues=("ticket", "portal", "logged"),
                responsibility=Resp.COMMUNICATION,
                lesson="When a ticket has no owner, the system has to shout.",
            ),
            Cause(
                "The engineer responsible was on leave with no cover, so calls and e-mails went "
                "unanswered.",
                fix="Assign a stand-in engineer and send out the new contact details",
                improve="Hand over open issues and tell the customer before any leave",
                prevent="Give every project a main and a back-up contact",
                escape="Leave was approved without checking the project handover.",
                factors=(
                    (F.RESOURCE_SHORTAGE, N.OBJECTIVE, "Only one contact on the project"),
                    (F.HUMAN_OVERSIGHT, N.SUBJECTIVE, "No handover before leave"),
                ),
                told=(
                    "pm",
                    "The engineer responsible was on leave that week with no cover; calls and "
                    "e-mails went unanswered.",
                ),
                cues=("phone", "call", "nobody answer", "no one answer", "reach"),
                responsibility=Resp.COMMUNICATION,
                lesson="A project with one reachable person is a project that will go silent.",
            ),
            Cause(
                "Several projects went live at once; support was short-handed and worked "
                "strictly first come, first served, whatever the impact.",
                fix="Make this the top priority and give a full answer with a resolution date",
                improve="Grade issues by impact with a response time for each grade",
                prevent="Plan extra support cover for go-live peaks",
                escape="The queue looked at arrival time, never at impact.",
                factors=(
                    (F.RESOURCE_SHORTAGE, N.OBJECTIVE, "Support short-handed at go-live peak"),
                ),
                told=(
                    "pm",
                    "Several projects went live that week and support was pulled onto them; "
                    "issues queued up.",
                ),
                cues=("days", "week", "still waiting", "queue"),
                responsibility=Resp.COMMUNICATION,
                lesson="A queue needs priorities, not just an order of arrival.",
            ),
        ),
        looking=(
            "A named engineer now owns this and is going through every call and e-mail you "
            "sent; each will get an answer today.",
            "We are tracing this period's contact history to find out why you did not hear back.",
        ),
        heard=(
            "{contact} listed the calls and e-mails of the past weeks; the longest wait was "
            "several days without a word.",
            "{contact} said the issue itself is not hard; what hurts is not reaching anyone.",
        ),
        evidence=(
            ("Ticket history", "Every step from submission to our first response."),
            ("Call and e-mail log", "When the customer called or wrote, and when we replied."),
        ),
        asks=(
            "The list of questions still unanswered",
            "Who will be your main contact from now on",
        ),
        requests=(("A support engineer dedicated for a week", "Customer service"),),
        criterion="Every question answered within one working day",
    ),
    Sub.UNCLEAR_EXPLANATION: Story(
        remedies=(
            "A written explanation, in plain words, of the cause and what to do.",
            "Someone who knows the business to come and explain in person.",
            "Step-by-step instructions we can follow from now on.",
        ),
        impacts=(
            "Staff are afraid to use the system and ask the same questions again and again.",
            "The customer cannot explain the problem to their own management.",
        ),
        causes=(
            Cause(
                "The engineer who replied did not know this business process well; the answer "
                "was full of jargon and never said what it meant for the business.",
                fix="Write an explanation with the product manager and go through it in person",
                improve="Write plain-language answers to the common questions",
                prevent="Have replies reviewed by someone who knows the business",
                escape="Nobody read the reply from the customer's side before it went out.",
                factors=(
                    (F.COMMUNICATION_GAP, N.SUBJECTIVE, "Technical answer to a business question"),
                ),
                told=(
                    "support",
                    "I wanted to reply quickly and did not realise the terms would mean nothing "
                    "to them.",
                ),
                cues=("jargon", "technical", "understand", "terms", "acronym"),
                responsibility=Resp.COMMUNICATION,
                lesson="An answer is for the person who asked, not for showing expertise.",
            ),
            Cause(
                "The site runs an older version than the training material describes; the "
                "engineer explained the new one and nothing matched.",
                fix="Rewrite the explanation for the site's version and demonstrate it live",
                improve="Confirm the customer's version before training or answering",
                prevent="Update training material with every release",
                escape="Nobody compared the site's version with the material's.",
                factors=(
                    (F.COMMUNICATION_GAP, N.SUBJECTIVE, "Customer's version not checked"),
                    (F.HUMAN_OVERSIGHT, N.SUBJECTIVE, "Material not updated for the release"),
                ),
                told=(
                    "consultant",
                    "The training material describes the new version; the site still runs the old "
                    "one.",
                ),
                cues=("version", "training", "screen", "doesn't match"),
                responsibility=Resp.COMMUNICATION,
                lesson="Find out what the customer runs before telling them how to run it.",
            ),
            Cause(
                "The cause was not known yet, and to answer quickly the engineer gave a vague "
                "explanation.",
                fix="Send a new written answer that corrects what was inaccurate before",
                improve="When the cause is unknown, say so and give a date for the answer",
                prevent="Write honest answers into our customer communication guide",
                escape="There was no rule for what to say when we do not yet know.",
                factors=(
                    (F.HUMAN_OVERSIGHT, N.SUBJECTIVE, "Vague answer before the cause was known"),
                ),
                told=(
                    "support",
                    "We did not know the cause yet, so the answer was vague, just to have "
                    "something to say.",
                ),
                cues=("why", "vague", "cause", "system issue", "explain"),
                responsibility=Resp.COMMUNICATION,
                lesson="If you don't know, say so, and say when you will.",
            ),
        ),
        looking=(
            "We are writing the explanation and the product manager will review it so that it "
            "is clear.",
            "We have booked a time to explain in person; until then, here are the key points in "
            "plain words.",
        ),
        heard=(
            "{contact} listed the questions still unclear; the main worry is what it means for "
            "the business.",
            "{contact} said {department} read our earlier replies and still do not know what to "
            "do next.",
        ),
        evidence=(
            ("Our earlier replies", "The text of each reply we sent."),
            ("The customer's follow-up questions", "The same question asked several times."),
        ),
        asks=("The list of questions still unclear", "A time for the walk-through"),
        requests=(("The product manager at the walk-through", "Product"),),
        criterion="The customer understands the answer and no longer asks the same question",
    ),
    Sub.LACK_OF_INITIATIVE: Story(
        remedies=(
            "Regular updates without being asked, and early warning of risks.",
            "A weekly progress note; do not wait for us to ask.",
            "One person accountable for the project who follows things up.",
        ),
        impacts=(
            "The customer has no clear picture of the project and is caught out internally.",
            "Risks surfaced too late for the customer to prepare.",
        ),
        causes=(
            Cause(
                "When the project moved into support, no regular reporting was agreed, so we "
                "only got in touch when there was a problem.",
                fix="Agree a fixed weekly time for a progress note",
                improve="Write a monthly service report template for the support phase",
                prevent="Put regular reporting into our support service standard",
                escape="The reporting arrangement was lost in the handover to support.",
                factors=((F.COMMUNICATION_GAP, N.SUBJECTIVE, "No regular reporting"),),
                told=(
                    "pm",
                    "When the project moved into support the regular reports stopped, and nobody "
                    "got in touch first.",
                ),
                cues=("report", "update", "hear", "proactive", "never"),
                responsibility=Resp.COMMUNICATION,
                lesson="Silence makes customers assume the worst; report regularly.",
            ),
            Cause(
                "We had spotted the risk but judged it not yet worth mentioning, and waited too "
                "long.",
                fix="Send out a list of every known risk",
                improve="Tell the customer about a risk as soon as it is identified, with a plan",
                prevent="Add a risk round to every weekly project meeting",
                escape="Whether to mention a risk was left to individual judgement.",
                factors=((F.HUMAN_OVERSIGHT, N.SUBJECTIVE, "Known risk not shared"),),
                told=(
                    "consultant",
                    "We saw some of these risks early but thought we could absorb them.",
                ),
                cues=("risk", "warn", "earlier", "too late", "on the day"),
                responsibility=Resp.COMMUNICATION,
                lesson="A risk told early is a warning; told late it is an incident.",
            ),
            Cause(
                "The project lead was running several projects at once and had slipped into only "
                "reacting on this one.",
                fix="Assign a dedicated person to follow the project day to day",
                improve="Set how many projects a lead can carry by size",
                prevent="Review every project's proactive contact each month",
                escape="Nobody noticed how long it had been since we last got in touch.",
                factors=(
                    (F.RESOURCE_SHORTAGE, N.OBJECTIVE, "Lead stretched over too many projects"),
                ),
                told=(
                    "pm",
                    "I had too many projects; on this one I mostly reacted when they asked.",
                ),
                cues=("nobody", "no one", "follow", "chase", "owner"),
                responsibility=Resp.COMMUNICATION,
                lesson="When people are stretched, proactive contact is the first thing to go.",
            ),
        ),
        looking=(
            "We are putting together every open item and risk on the project; you will have "
            "the full list this week.",
            "A named person is catching up on what we missed; from now on you will hear from us "
            "every week.",
        ),
        heard=(
            "{contact} would like a short weekly note on progress and risks for {department} to "
            "report upwards.",
            "{contact} said they often learn things from other sources first.",
        ),
        evidence=(
            ("Contact log, last two months", "How often we got in touch first, and about what."),
            ("Internal risk log", "Items we recorded internally but never shared."),
        ),
        asks=("What the weekly note should cover", "Who should receive it"),
        requests=(("A project assistant to help with the weekly note", "Delivery"),),
        criterion="Four weekly notes on time in a row, risks raised early",
    ),
    Sub.PERFUNCTORY: Story(
        remedies=(
            "A clear plan with dates, not another 'we'll look into it'.",
            "Follow through on everything promised so far, in writing.",
            "Someone who takes this seriously.",
        ),
        impacts=(
            "The same problems keep coming back despite repeated reports.",
            "The customer no longer trusts what we promise.",
        ),
        causes=(
            Cause(
                "Promises made verbally were never logged; after a handover nobody followed them "
                "up.",
                fix="Log every promise made so far, follow each one up and reply in writing",
                improve="Log verbal promises in the issue tracker the same day",
                prevent="Put due dates on promises and have the project manager review them weekly",
                escape="The tracker held the customer's tickets, not what we had promised.",
                factors=((F.HUMAN_OVERSIGHT, N.SUBJECTIVE, "Verbal promises not logged"),),
                told=(
                    "pm",
                    "None of these verbal promises are in the issue tracker, and the handover did "
                    "not mention them.",
                ),
                cues=(
                    "promise",
                    "said you would",
                    "agreed",
                    "nothing happen",
                    "nothing has happen",
                ),
                responsibility=Resp.COMMUNICATION,
                lesson="A promise that is not written down was never made.",
            ),
            Cause(
                "We only ever applied workarounds and never looked for the root cause, so the "
                "problem kept coming back.",
                fix="Stop the workarounds, find the root cause and propose a proper solution",
                improve="Give a date for the permanent fix with every workaround",
                prevent="Escalate automatically when the same problem is reported twice",
                escape="An issue was closed when the customer stopped chasing, not when it "
                "stopped happening.",
                factors=(
                    (F.HUMAN_OVERSIGHT, N.SUBJECTIVE, "Workarounds only"),
                    (F.RESOURCE_SHORTAGE, N.OBJECTIVE, "Development schedule full"),
                ),
                told=(
                    "support",
                    "Each time we applied a workaround and meant to fix it properly later; it "
                    "never got scheduled.",
                ),
                cues=("workaround", "again", "temporary", "keeps", "back"),
                responsibility=Resp.COMMUNICATION,
                lesson="A workaround needs an end date; without one it is a brush-off.",
            ),
            Cause(
                "Our reply picked out the easy questions and left the others unanswered.",
                fix="Answer every open question in writing, each with its own date",
                improve="Attach the question list to every reply with the status of each",
                prevent="Have a second person check that a reply answers every point",
                escape="Nobody checked whether the reply covered every question.",
                factors=((F.HUMAN_OVERSIGHT, N.SUBJECTIVE, "Reply skipped questions"),),
                told=(
                    "support",
                    "I answered the questions I was sure of and meant to come back to the rest.",
                ),
                cues=(
                    "answered one",
                    "only answer",
                    "ignored",
                    "the rest",
                    "didn't mention",
                    "none of",
                ),
                responsibility=Resp.COMMUNICATION,
                lesson="If the customer asked six questions, answer six.",
            ),
        ),
        looking=(
            "We are listing every issue you have raised, with the status of each, to send to you.",
            "The project manager is now following this personally and is checking everything "
            "we promised.",
        ),
        heard=(
            "{contact} listed the issues raised before and the answers given; most went nowhere.",
            "{contact} does not expect everything at once, but wants a clear timetable.",
        ),
        evidence=(
            ("Our earlier replies", "What we said each time, and when."),
            ("Issue tracker", "Compared item by item with what the customer raised."),
        ),
        asks=("The customer's list of unresolved issues", "Their order of priority"),
        requests=(("Development time for a permanent fix", "R&D"),),
        criterion="Every promise kept on time, and no repeat of the same complaint",
    ),
}

VOICE = Voice(
    found=(
        "We have looked into it. {cause} We will {fix} by {date}.",
        "We now know what happened. {cause} That is our responsibility; the improvements "
        "will be in place by {date}.",
    ),
    fixing=(
        "The improvements have started; you will get a short status note at the end of each day.",
        "We are working through your list; two more items were closed today.",
        "Your named contact is in place; please call them directly with anything at all.",
    ),
    fixed=(
        "Completed: {Fix}. From now on, please contact the project lead directly.",
        "What we agreed is now in place. Please hold us to it.",
    ),
    watching=(
        "Every question this week was answered within a working day; please keep holding us to it.",
        "This week's progress note, as agreed: no new risks.",
        "The improvements are under way; we will arrange the follow-up with you in good time.",
    ),
    escalations=(
        "Repeated reports went nowhere; the head of department needs to step in.",
        "The customer's management is reconsidering the contract; the director must be involved.",
    ),
    visits=(
        "At the follow-up the customer said communication has been smooth and questions are "
        "answered promptly.",
        "The customer likes the new arrangement and wants to keep it.",
    ),
    visits_mixed=(
        "Better, the customer says, but they would like us to be more proactive still.",
        "Communication has improved; they would like shorter reports.",
    ),
    comments=(
        "Much easier to reach you now.",
        "Timely updates, thank you.",
        "Better attitude and faster.",
    ),
    comments_mixed=("Better; please keep it up.", "Still room to be more proactive."),
    held=(
        "The customer confirms communication is clearly better.",
        "A month of contact records checked: everything as agreed.",
    ),
    failed=(
        "The customer reports the same thing again.",
        "The records show gaps in what we agreed.",
    ),
    confirm=("Agreement to the improved arrangement", "A date for the follow-up visit"),
    cancelled=(
        "The customer feels the current arrangement is enough.",
        "Covered by the company-wide service standard.",
    ),
)

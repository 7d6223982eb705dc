"""Demo texts for attitude complaints (harsh tone, impatience, arrogance)."""

from __future__ import annotations

from desktop.demo.story import Cause, Story, Voice
from desktop.domain.enums import FactorKind as F
from desktop.domain.enums import FactorNature as N
from desktop.domain.enums import Responsibility as Resp
from desktop.domain.enums import Subtype as Sub

STORIES = {
    Sub.HARSH_TONE: Story(
        remedies=(
            "An apology in person from the person concerned, and a different contact.",
            "Some answer for our staff, and an assurance it will not happen again.",
            "A formal written apology from the company.",
        ),
        impacts=(
            "The customer's staff are upset and reluctant to deal with our people.",
            "The customer's management now doubts our professionalism.",
        ),
        causes=(
            Cause(
                "Our on-site colleague had worked long hours for weeks, was under strain and lost "
                "control of their tone; managing that workload was our failure.",
                fix="Arrange an apology in person and change the on-site contact",
                improve="Balance the workload and rest days of on-site staff",
                prevent="Train staff in customer communication and include it in reviews",
                escape="The team knew about the pressure but did not act on it.",
                factors=(
                    (F.HUMAN_OVERSIGHT, N.SUBJECTIVE, "Lost control of tone"),
                    (F.RESOURCE_SHORTAGE, N.OBJECTIVE, "On-site staff overloaded for weeks"),
                ),
                told=(
                    "consultant",
                    "My tone was wrong; after days of overtime I was on edge. I want to apologise "
                    "in person.",
                ),
                cues=("on site", "in front of", "meeting", "shouted"),
                responsibility=Resp.COMMUNICATION,
                lesson="Tired people say hurtful things; the rota is part of service quality.",
            ),
            Cause(
                "The hotline colleague grew impatient with a repeated question and used "
                "inappropriate words.",
                fix="Have the head of department call to apologise, with a written account from "
                "the colleague",
                improve="Give the hotline standard answers to frequent questions",
                prevent="Sample hotline calls regularly and coach on communication",
                escape="Hotline calls were never sampled for quality.",
                factors=((F.HUMAN_OVERSIGHT, N.SUBJECTIVE, "Inappropriate words"),),
                told=(
                    "support",
                    "The hotline was swamped that day and it was the same question again; I lost "
                    "my patience.",
                ),
                cues=("phone", "hotline", "call", "rang"),
                responsibility=Resp.COMMUNICATION,
                lesson="The tenth time we hear a question is the first time they ask it.",
            ),
            Cause(
                "The two sides disagreed over responsibility, and our colleague said things in "
                "the argument that went too far.",
                fix="Apologise in person and settle the question of "
                "responsibility in writing through the project manager",
                improve="Let the project manager handle all disagreements with the customer",
                prevent="Train staff in handling conflict",
                escape="The disagreement was not handed to the project manager in time.",
                factors=((F.COMMUNICATION_GAP, N.SUBJECTIVE, "Disagreement handled badly"),),
                told=(
                    "consultant",
                    "We were arguing about whose fault it was, and I said things I regret.",
                ),
                cues=("fault", "blame", "argu"),
                responsibility=Resp.COMMUNICATION,
                lesson="Take a disagreement upstairs; don't try to win it on site.",
            ),
        ),
        looking=(
            "We are hearing both sides and will give you a formal answer shortly.",
            "We have spoken with our colleague and are checking what happened; you will have "
            "our answer within two days.",
        ),
        heard=(
            "{contact} described what happened; the staff in {department} felt disrespected.",
            "{contact} said system problems can wait, but this needs a proper answer.",
        ),
        evidence=(
            ("Summary of the hotline call", "When the call took place and what was said."),
            ("Team rota", "Our colleague's working hours over the past month."),
        ),
        asks=("A convenient time for the apology", "Agreement to the new contact"),
        requests=(("A senior consultant to take over", "Delivery"),),
        criterion="The customer happy with how our people communicate, at the follow-up",
    ),
    Sub.IMPATIENCE: Story(
        remedies=(
            "Training again, by someone with more patience.",
            "An apology, and serious answers to our questions in future.",
            "Enough time for our staff to ask their questions.",
        ),
        impacts=(
            "Staff no longer dare to ask, and problems with the system go unreported.",
            "The training did not stick; many still cannot use the system.",
        ),
        causes=(
            Cause(
                "The training schedule was too tight, and the trainer, rushing to finish, left "
                "no time for questions.",
                fix="Run the training again with time for questions in every session",
                improve="Pace training to the trainees' experience",
                prevent="Collect trainee feedback after each course and use it in trainer reviews",
                escape="The training plan was never discussed with the customer.",
                factors=(
                    (F.RESOURCE_SHORTAGE, N.OBJECTIVE, "Training time cut"),
                    (F.HUMAN_OVERSIGHT, N.SUBJECTIVE, "Trainer rushed"),
                ),
                told=("pm", "The training was squeezed into half a day; the plan was the problem."),
                cues=("training", "course", "session", "trainer"),
                responsibility=Resp.COMMUNICATION,
                lesson="Training is done when people have learned, not when the slides end.",
            ),
            Cause(
                "The consultant was handling several problems on site at once and showed "
                "impatience with repeated questions.",
                fix="Apologise in person and assign a colleague to answer questions",
                improve="Give the customer a handbook of frequent questions",
                prevent="Staff on-site Q&A separately from troubleshooting",
                escape="Nobody noticed how much one consultant was carrying.",
                factors=((F.RESOURCE_SHORTAGE, N.OBJECTIVE, "Too few people on site"),),
                told=(
                    "consultant",
                    "I was juggling several problems on site and got impatient with repeated "
                    "questions; I should not have.",
                ),
                cues=("question", "asked", "interrupt", "hotline", "phone", "hurry", "busy"),
                responsibility=Resp.COMMUNICATION,
                lesson="One person cannot fight fires and teach at the same time.",
            ),
            Cause(
                "The consultant did not realise how different the trainees' experience was, and "
                "explained everything the same way.",
                fix="Have the consultant apologise and offer one-to-one coaching to those who "
                "need it",
                improve="Find out trainees' experience beforehand and group them",
                prevent="Train our trainers in teaching adults",
                escape="No one asked about the trainees before the course.",
                factors=((F.HUMAN_OVERSIGHT, N.SUBJECTIVE, "Trainees' differences ignored"),),
                told=(
                    "consultant",
                    "I did not expect such a range of experience and explained everything the "
                    "same way.",
                ),
                cues=("older", "slow", "experience", "new staff", "basics"),
                responsibility=Resp.COMMUNICATION,
                lesson="When an explanation doesn't land, change the explanation, not the volume.",
            ),
        ),
        looking=(
            "We are finding out what happened and re-planning the training.",
            "We have spoken with our colleague and are preparing a new training plan for you "
            "to approve.",
        ),
        heard=(
            "{contact} said many in {department} are older staff who learn slowly but carefully.",
            "{contact} asked for more time for questions and hands-on practice.",
        ),
        evidence=(
            ("Training agenda and attendance", "What was covered, and when."),
            ("Trainee feedback forms", "What the trainees wrote afterwards."),
        ),
        asks=("Who will attend the new training", "Times that suit for the training"),
        requests=(("A trainer for two days", "Customer service"),),
        criterion="Good feedback after the new training, no complaints about Q&A",
    ),
    Sub.ARROGANCE: Story(
        remedies=(
            "Respect, and a different consultant.",
            "An apology, and our business requirements taken seriously.",
            "Someone senior from your company to talk to us.",
        ),
        impacts=(
            "The customer's key staff are reluctant to work with the project.",
            "The customer no longer trusts our professional judgement.",
        ),
        causes=(
            Cause(
                "The consultant did not know the business well enough, yet dismissed real needs "
                "in favour of the product's standard way.",
                fix="Change the consultant and have the project manager visit to apologise",
                improve="Have consultants learn the customer's processes before starting",
                prevent="Train consultants in customer service and listening",
                escape="The consultant started without learning the customer's business.",
                factors=((F.HUMAN_OVERSIGHT, N.SUBJECTIVE, "Customer's expertise dismissed"),),
                told=(
                    "consultant",
                    "I thought the product's way was better and said so too bluntly, without "
                    "thinking how it would land.",
                ),
                cues=("business", "process", "standard", "how we work", "years"),
                responsibility=Resp.COMMUNICATION,
                lesson="The customer knows their business better than we do: listen first.",
            ),
            Cause(
                "When challenged, the consultant rushed to prove the point and talked down to "
                "people.",
                fix="Have the consultant apologise in person and hear the concerns again",
                improve="Have the project manager chair design discussions",
                prevent="Include customer feedback in consultants' quarterly reviews",
                escape="Earlier feedback on the consultant was not taken seriously.",
                factors=((F.HUMAN_OVERSIGHT, N.SUBJECTIVE, "Condescending manner"),),
                told=(
                    "pm",
                    "{staff} is capable; still, this is not the first remark about how they speak "
                    "to customers.",
                ),
                cues=("interrupt", "talked down", "lecture", "tone", "condescend"),
                responsibility=Resp.COMMUNICATION,
                lesson="Being heard matters more to a customer than us being right.",
            ),
            Cause(
                "We misjudged a risk we had been warned about and brushed the warning aside, "
                "with consequences.",
                fix="Apologise in person and correct the design as advised",
                improve="Record and answer in writing every risk the customer raises",
                prevent="Invite the customer's key staff to design reviews",
                escape="The customer's warning was spoken, never recorded or reviewed.",
                factors=(
                    (F.HUMAN_OVERSIGHT, N.SUBJECTIVE, "Customer's warning ignored"),
                    (F.COMMUNICATION_GAP, N.SUBJECTIVE, "Risk not recorded"),
                ),
                told=(
                    "consultant",
                    "They warned us about this risk and we brushed it off; then it happened.",
                ),
                cues=("warn", "told you", "told them", "said so", "result"),
                responsibility=Resp.COMMUNICATION,
                lesson="Treat a customer's warning as a requirement.",
            ),
        ),
        looking=(
            "We are finding out what happened and will give you a formal answer.",
            "The project manager will arrange to meet you; until then the consultant is off site.",
        ),
        heard=(
            "{contact} described what happened; the key people of {department} were present "
            "and are unhappy.",
            "{contact} said they have worked in this field for many years and want us to listen "
            "before concluding.",
        ),
        evidence=(
            ("Meeting minutes", "The agenda and who attended."),
            ("Earlier feedback", "What the customer said about the consultant before."),
        ),
        asks=("A time for the meeting", "Who from the customer will attend"),
        requests=(("A senior consultant to take over", "Delivery"),),
        criterion="The customer comfortable with how our consultants work",
    ),
}

VOICE = Voice(
    found=(
        "We have heard both sides. {cause} We will {fix} by {date}.",
        "We have looked into what happened. {cause} We are truly sorry; the corrective "
        "steps will be in place by {date}.",
    ),
    fixing=(
        "The apology is arranged with your colleagues, and the other steps are being prepared.",
        "We have briefed the whole team internally, and the corrective steps are under way.",
    ),
    fixed=(
        "Completed: {Fix}. Thank you for giving us the chance to put it right.",
        "Everything we agreed is now done. Please hold us to it.",
    ),
    watching=(
        "The new arrangement is working well; communication this week has been smooth.",
        "The training and other measures are under way; we will arrange the follow-up with "
        "you in good time.",
    ),
    escalations=(
        "The behaviour upset the customer's management; a head of department must apologise.",
        "The customer wants our senior management to respond.",
    ),
    visits=(
        "At the follow-up the customer said the new contact is patient and things go smoothly.",
        "The customer accepted the apology and is satisfied with how it was handled.",
    ),
    visits_mixed=(
        "The apology was accepted; the customer will keep watching.",
        "Satisfied with the outcome, but they do not want a repeat.",
    ),
    comments=(
        "Handled sincerely.",
        "Your people listen much better now.",
        "Thank you for taking it seriously.",
    ),
    comments_mixed=("Please be careful in future.", "Better; we will see."),
    held=("No similar complaint in a month.", "The customer is happy with how we communicate now."),
    failed=(
        "Another complaint of the same kind.",
        "The customer is still unhappy with the changes.",
    ),
    confirm=("A time and the people for the apology", "A date for the follow-up visit"),
    cancelled=(
        "The customer feels enough has been done.",
        "Covered by the company-wide training plan.",
    ),
)

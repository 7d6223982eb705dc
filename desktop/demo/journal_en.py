"""Demo journal (English): feelings that agree with the words, written at plausible hours."""

from __future__ import annotations

from desktop.demo.journal_texts import Mood, Review, Thought
from desktop.domain.journal import Emotion as Em
from desktop.domain.journal import Support as Sup
from desktop.domain.journal import ThinkingTrap as T

MOODS = {
    "new": (
        Mood(
            ((Em.ANXIOUS, 60, 80), (Em.ASHAMED, 30, 55)),
            (18, 22.5),
            "A complaint from {customer} this afternoon, and a harsh one. My stomach dropped; my "
            "first thought was that I had messed up again.",
            accept="Feeling shaken is normal: it means I care about this customer. Facts first.",
        ),
        Mood(
            ((Em.FRUSTRATED, 50, 75), (Em.DISAPPOINTED, 40, 60)),
            (17.5, 21),
            "Another complaint from {customer}. I was on site only last week and thought we had "
            "sorted things out. Deflated.",
        ),
        Mood(
            ((Em.ANXIOUS, 65, 85), (Em.TIRED, 40, 60)),
            (19, 23),
            "{customer} went straight to my manager. Spent the whole way home working out what "
            "to say tomorrow.",
            accept="I'm worried because this matters, not because I'm no good.",
        ),
        Mood(
            ((Em.ANGRY, 35, 55), (Em.SAD, 30, 50)),
            (18, 22),
            "Got a dressing-down on the phone from someone at {customer}. Took me ages to calm "
            "down afterwards.",
            talked=(Sup.COLLEAGUE,),
            helped="A colleague walked round the block with me; it happened to him last year.",
        ),
    ),
    "answered": (
        Mood(
            ((Em.ANXIOUS, 35, 50), (Em.RELIEVED, 35, 55)),
            (12, 14),
            "Called {customer} back, apologised first and promised news within two days. They "
            "sounded a bit calmer.",
        ),
        Mood(
            ((Em.ANXIOUS, 40, 60), (Em.HOPEFUL, 25, 40)),
            (18, 21),
            "Sent the reply after three rewrites. Still on edge, but the first step is done.",
        ),
    ),
    "found": (
        Mood(
            ((Em.TIRED, 50, 70), (Em.RELIEVED, 45, 65)),
            (19, 22.5),
            "Found the cause at last, after an afternoon in the logs with the developers. "
            "Tired, but steadier.",
            talked=(Sup.COLLEAGUE,),
            helped="Two pairs of eyes on the logs beat one person digging alone.",
        ),
        Mood(
            ((Em.ASHAMED, 25, 40), (Em.CALM, 35, 55)),
            (20, 23),
            "We know the cause now, and part of it is on us. Owning it felt lighter than I "
            "expected.",
            reframe="Every criticism is a gift if I open it: this one says never skip the "
            "go-live checks.",
        ),
    ),
    "fixed": (
        Mood(
            ((Em.RELIEVED, 60, 80), (Em.HOPEFUL, 40, 60)),
            (17, 21),
            "The fix for {customer} went live today and they confirmed it works. Big sigh of "
            "relief.",
        ),
        Mood(
            ((Em.DISAPPOINTED, 20, 35), (Em.HOPEFUL, 40, 60)),
            (19, 22),
            "Fix done. Looking back we could have caught it sooner, which stings a bit, but I "
            "learned something.",
            reframe="Put the lesson into the checklist so the next project benefits.",
        ),
    ),
    "visited": (
        Mood(
            ((Em.CONFIDENT, 50, 75), (Em.RELIEVED, 40, 60)),
            (15, 19),
            "Follow-up visit at {customer}: they said we handled it with real care. Good mood "
            "all the way back.",
        ),
        Mood(
            ((Em.CALM, 50, 70), (Em.HOPEFUL, 40, 60)),
            (16, 20),
            "Follow-up with {customer} done. Two new suggestions, both noted. Smoother than I "
            "feared.",
        ),
    ),
    "setback": (
        Mood(
            ((Em.DISAPPOINTED, 55, 75), (Em.FRUSTRATED, 45, 65)),
            (18, 22),
            "{customer} says the problem is back. I thought it was solved. Gutted.",
            talked=(Sup.MENTOR,),
            helped="My mentor said fixes that don't hold are common; what matters is getting "
            "to the real cause this time.",
        ),
    ),
    "ordinary": (
        Mood(
            ((Em.CALM, 45, 65), (Em.TIRED, 30, 50)),
            (18, 21),
            "Quiet day. Cleared half of the ticket backlog.",
        ),
        Mood(
            ((Em.TIRED, 55, 75), (Em.CALM, 35, 55)),
            (20, 22.5),
            "Two site visits, exhausting, but no new complaints.",
        ),
        Mood(
            ((Em.CONFIDENT, 40, 60), (Em.HOPEFUL, 35, 55)),
            (17, 19),
            "Shared last month's case at the team meeting; good discussion.",
        ),
        Mood(
            ((Em.TIRED, 40, 55), (Em.CALM, 35, 50)),
            (7.5, 9),
            "Low energy this morning. Wrote down three things for today and started with the "
            "hardest.",
        ),
        Mood(
            ((Em.CALM, 60, 80),),
            (20.5, 22.5),
            "Dinner with the family, phone in a drawer. Properly relaxed for once.",
            talked=(Sup.FAMILY,),
            helped="Not talking about work at all, just eating together.",
        ),
        Mood(
            ((Em.ANXIOUS, 30, 45), (Em.HOPEFUL, 30, 45)),
            (12, 13.5),
            "Project review this afternoon; went through the slides again over lunch.",
        ),
        Mood(
            ((Em.FRUSTRATED, 35, 55), (Em.TIRED, 45, 65)),
            (21, 23),
            "Five meetings and no real work done. Starting early tomorrow.",
        ),
        Mood(
            ((Em.CALM, 50, 70), (Em.CONFIDENT, 35, 55)),
            (18.5, 21),
            "Helped the new colleague with a configuration problem; once it clicked he could do "
            "it himself. Satisfying.",
            talked=(Sup.COLLEAGUE,),
        ),
        Mood(
            ((Em.TIRED, 50, 70), (Em.SAD, 20, 35)),
            (22, 23.5),
            "Third night away on site. Alone in the hotel and missing home a bit.",
            talked=(Sup.FAMILY,),
            helped="Ten minutes on a video call with home.",
        ),
        Mood(
            ((Em.HOPEFUL, 45, 65), (Em.CALM, 40, 60)),
            (7, 8.5),
            "A 3 km run this morning and a clearer head. Preparing the follow-up notes first.",
        ),
        Mood(
            ((Em.ANXIOUS, 35, 55), (Em.TIRED, 35, 50)),
            (19, 21.5),
            "Several progress reports due this week; a bit of a rush. Made a list; one at a time.",
            accept="Feeling stretched when there is a lot to do is normal. Tick them off.",
        ),
    ),
    "night": (
        Mood(
            ((Em.ANXIOUS, 65, 85), (Em.TIRED, 60, 80)),
            (24.5, 26),
            "Can't sleep; keep replaying the {customer} complaint. Writing it down helps a little.",
            accept="If sleep won't come, I won't force it. This can wait until morning.",
        ),
    ),
}

THOUGHTS = (
    Thought(
        "On the phone, {customer} said we were 'completely unprofessional', with my manager "
        "listening.",
        "Maybe I'm not cut out for this. They'll switch suppliers for sure. My manager thinks "
        "I'm useless.",
        ((Em.ASHAMED, 75), (Em.ANXIOUS, 70)),
        (T.LABELLING, T.FORTUNE_TELLING, T.MIND_READING),
        "The fault really was in my module; I did the configuration.",
        "The project had good feedback until now; they renewed the support contract last "
        "month. My manager said afterwards this happens to everyone.",
        "Something I was responsible for went wrong and I need to fix it properly, but one "
        "mistake doesn't make me unprofessional. A good fix and follow-up beat beating myself "
        "up.",
        ((Em.ASHAMED, 40), (Em.ANXIOUS, 35)),
    ),
    Thought(
        "Follow-up visit at {customer} tomorrow; worried they'll be angry again.",
        "I'll get shouted at again. This visit is going to be awful.",
        ((Em.ANXIOUS, 65), (Em.TIRED, 50)),
        (T.CATASTROPHISING, T.FORTUNE_TELLING),
        "They were genuinely angry at our last meeting.",
        "Nothing has gone wrong in the two weeks since the fix, and their recent e-mails are "
        "much calmer.",
        "They may still have points to raise, but the problem is solved and I know what I "
        "want to say.",
        ((Em.ANXIOUS, 30), (Em.TIRED, 40)),
    ),
    Thought(
        "The fix for {customer} did not hold; the problem came back.",
        "I can't do anything right. All that work was for nothing.",
        ((Em.DISAPPOINTED, 80), (Em.FRUSTRATED, 60)),
        (T.ALL_OR_NOTHING, T.OVERGENERALISING, T.DISCOUNTING_POSITIVE),
        "The same problem really did happen a second time.",
        "It came back on a much smaller scale and we understand it better than the first "
        "time; the other measures worked.",
        "The fix was incomplete and needs one more step, but the work was not wasted.",
        ((Em.DISAPPOINTED, 45), (Em.FRUSTRATED, 30)),
    ),
    Thought(
        "A colleague's configuration was wrong, yet {customer} took it out on me.",
        "Why should I take the blame? It's not my fault. They should never have left him to do "
        "it alone.",
        ((Em.ANGRY, 70), (Em.FRUSTRATED, 55)),
        (T.BLAMING_OTHERS, T.SHOULD_STATEMENTS),
        "I really didn't do that configuration.",
        "The customer can't tell who did what; to them we are one team. I'm their contact, and "
        "taking the heat is part of the job.",
        "Solve the customer's problem first; raise the division of work calmly at the "
        "retrospective.",
        ((Em.ANGRY, 30), (Em.FRUSTRATED, 30)),
    ),
)

REVIEWS = (
    Review(
        "Called back straight away and answered in writing within 24 hours; updates went out "
        "every two days as promised.",
        "I started in the wrong direction and spent a day on the network when it was a "
        "configuration problem.",
        "Their IT team was very helpful and sent the logs the same day.",
        "Next time, check the recent changes first, then the environment.",
    ),
    Review(
        "The apology didn't pass the buck; the customer said that mattered most to them.",
        "I moved the follow-up visit once without telling the customer in advance.",
        "The project manager happened to be nearby and could come on site with me that day.",
        "Log every promise to the customer in the case the same day, with a reminder.",
    ),
    Review(
        "We got to the real cause, and the prevention is now on the checklist.",
        "For the first two days I was so busy digging that I didn't update the customer, which "
        "made them more anxious.",
        "It was solved before month-end close, so no greater harm was done.",
        "However busy the investigation, send the customer a line of progress on time.",
    ),
)

GOALS = (
    ("Do one good follow-up visit this week", 1, "visit"),
    ("Share one case at the team meeting", 1, "share"),
    ("Write a line in the journal every day", 5, "journal"),
    ("Exercise three times a week", 3, "exercise"),
)
GOAL_NOTES = {
    "visit": ("Went well; two suggestions from the customer.", "Customer happy with the fix.", ""),
    "share": ("Presented the interface failure case.", ""),
    "journal": ("",),
    "exercise": ("A 3 km run.", "Badminton after work.", ""),
}
LINKED_GOAL = "Do the follow-up with {customer} well and write it up as a case"

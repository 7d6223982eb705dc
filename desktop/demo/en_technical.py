"""Demo texts for technical complaints (function failure, performance, interface, data loss,
other)."""

from __future__ import annotations

from desktop.demo.story import Cause, Story, Voice
from desktop.domain.enums import FactorKind as F
from desktop.domain.enums import FactorNature as N
from desktop.domain.enums import Responsibility as Resp
from desktop.domain.enums import Subtype as Sub

STORIES = {
    Sub.FUNCTION_FAILURE: Story(
        remedies=(
            "Get it working again as soon as possible and tell us what went wrong.",
            "A workaround by the end of today, and the affected records put right.",
            "A written explanation once it is fixed, and an assurance it will not happen again.",
        ),
        impacts=(
            "Staff have gone back to doing the work by hand.",
            "Front-line staff cannot complete their work and service users have noticed.",
        ),
        causes=(
            Cause(
                "The last upgrade reset one of the business rules for this function to its default "
                "value, and our regression tests did not cover this case.",
                fix="Restore the correct rule setting and reprocess the records affected since "
                "the upgrade",
                improve="Change the upgrade script to keep site settings and compare the "
                "settings before and after every upgrade",
                prevent="Add this case to the upgrade regression test suite",
                escape="The regression tests ran on standard settings, not on the site's own.",
                factors=((F.CONFIGURATION_ERROR, N.OBJECTIVE, "Upgrade overwrote site settings"),),
                told=(
                    "dev",
                    "Comparing the settings before and after the upgrade: this rule went back to "
                    "its default, just when the problem started.",
                ),
                cues=("upgrade", "update", "new version", "release", "since"),
                responsibility=Resp.IMPLEMENTATION,
                lesson="An upgrade changes more than the code: check the site settings too.",
            ),
            Cause(
                "The software mishandles an unusual combination of data that never appeared in "
                "our test data.",
                fix="Release a patch and reprocess the records that failed",
                improve="Add anonymised data from the site to our test data",
                prevent="Add automated edge-case tests to the product test suite",
                escape="Our test data was too tidy to include real-world combinations.",
                factors=((F.TECHNICAL_DEFECT, N.OBJECTIVE, "Defect with unusual data"),),
                told=(
                    "dev",
                    "It fails every time with the affected records and never with ordinary data: "
                    "the software mishandles that combination.",
                ),
                cues=("some ", "certain", "only", "odd", "particular"),
                responsibility=Resp.PRODUCT_DEFECT,
                lesson="Test with data that looks like the customer's, not like a textbook.",
            ),
            Cause(
                "A setting was missed during configuration, so under certain conditions the "
                "function took the wrong path.",
                fix="Add the missing setting and verify each case with the users",
                improve="Write a list of the settings this module requires and tick it off "
                "on every installation",
                prevent="Have every configuration change checked by a second person",
                escape="The go-live check was not done against a settings list.",
                factors=(
                    (F.HUMAN_OVERSIGHT, N.SUBJECTIVE, "Setting missed during configuration"),
                    (F.RESOURCE_SHORTAGE, N.OBJECTIVE, "Go-live checks squeezed by the deadline"),
                ),
                told=(
                    "consultant",
                    "Checked against the settings list: one was missed at installation, and it "
                    "drives exactly the failing path.",
                ),
                cues=("setting", "configur", "parameter", "rule"),
                responsibility=Resp.IMPLEMENTATION,
                lesson="Memory misses settings; a checklist and a second pair of eyes do not.",
            ),
        ),
        looking=(
            "We have reproduced the problem in our test environment and are going through the "
            "logs from the time it happened.",
            "We can now reproduce it every time and are working out whether the software or "
            "a setting is to blame. We will tell you as soon as we know.",
        ),
        heard=(
            "{contact} said it started a few days ago; about {users} people in {department} are "
            "affected and are working around it by hand.",
            "Went through the steps with {contact} and confirmed where it fails and what "
            "message appears.",
        ),
        evidence=(
            ("Application log for the failure window", "Error details and request parameters."),
            ("Screenshots from the customer", "The message shown when it fails."),
        ),
        asks=(
            "Screenshots of the error and roughly when it happened",
            "Sample data from one failed record",
        ),
        requests=(
            ("A developer for two days", "R&D"),
            ("An anonymised copy of the site data", "Operations"),
        ),
        criterion="No recurrence of the problem for two weeks",
    ),
    Sub.PERFORMANCE: Story(
        remedies=(
            "Bring response times back to where they were at go-live within a week.",
            "It must be usable at peak times: give us a plan and a date.",
            "A stopgap to keep the business running now, then a proper fix.",
        ),
        impacts=(
            "Work slows down at peak times and queues get longer.",
            "Staff stay late waiting for the system, and schedules slip.",
        ),
        causes=(
            Cause(
                "Several core tables lack suitable indexes; as the data grew, queries began "
                "scanning whole tables, worst of all at peak times.",
                fix="Add the missing indexes and tune the query plans",
                improve="Monitor response times of the core functions and alert on slowdowns",
                prevent="Load-test with three years' worth of data before go-live",
                escape="The load test used the data volume of go-live, not what it would grow to.",
                factors=((F.CONFIGURATION_ERROR, N.SUBJECTIVE, "Indexes not designed for growth"),),
                told=(
                    "dev",
                    "Database monitoring shows several queries scanning whole tables; the data is "
                    "several times what it was at go-live.",
                ),
                cues=("report", "query", "search", "grow", "slower and slower"),
                responsibility=Resp.IMPLEMENTATION,
                lesson="Data grows: test performance at the size it will be, not the size it is.",
            ),
            Cause(
                "A batch reporting job was scheduled during the working day and competed with "
                "everyday use for the database.",
                fix="Move the batch job to the night and keep only incremental updates by day",
                improve="Review when every scheduled job runs and what it uses",
                prevent="Approve the timing of every new scheduled job",
                escape="We checked the job's results but not when it ran.",
                factors=(
                    (F.HUMAN_OVERSIGHT, N.SUBJECTIVE, "Job scheduled at peak time"),
                    (F.COMMUNICATION_GAP, N.SUBJECTIVE, "Peak hours never confirmed"),
                ),
                told=("dev", "The slow hours line up exactly with a batch reporting job."),
                cues=("peak", "morning", "month-end", "month end", "busy", "afternoon"),
                responsibility=Resp.IMPLEMENTATION,
                lesson="When a job runs matters as much as what it does.",
            ),
            Cause(
                "A query in the new release reads the same data again and again on every action.",
                fix="Release an optimised patch that removes the repeated reads",
                improve="Run a performance review of the most used functions",
                prevent="Compare response times with the previous release before shipping",
                escape="Release testing checked that things worked, not how fast.",
                factors=((F.TECHNICAL_DEFECT, N.OBJECTIVE, "Inefficient query in new release"),),
                told=(
                    "qa",
                    "The same action took seconds in the previous release; we never compared the "
                    "two.",
                ),
                cues=("upgrade", "new version", "release", "update", "since"),
                responsibility=Resp.PRODUCT_DEFECT,
                lesson="Every release should be timed against the last one.",
            ),
        ),
        looking=(
            "We collected performance data during peak hours and are finding where the time goes.",
            "It looks like the database queries; we are going through the slowest ones one by one.",
        ),
        heard=(
            "{contact} described when it is slow and which tasks suffer most; about {users} "
            "people in {department} use it every day.",
            "Timed everyday tasks with {contact} on site: much slower at peak times than "
            "otherwise.",
        ),
        evidence=(
            (
                "Slow query log for peak hours",
                "The longest-running statements and how often they ran.",
            ),
            ("Timings taken on site", "Common tasks timed at peak and off-peak."),
        ),
        asks=(
            "Server monitoring screenshots from peak hours",
            "A read-only database account for the analysis",
        ),
        requests=(("A database engineer", "R&D"), ("The performance test lab for two days", "QA")),
        criterion="Response times at peak back within the agreed range",
    ),
    Sub.INTERFACE_ERROR: Story(
        remedies=(
            "Fix the interface and resend everything that did not go through.",
            "Get the data flowing again first, then find out whose side the fault is on.",
            "Monitor the interface and tell us the moment it fails.",
        ),
        impacts=(
            "The two systems disagree and staff reconcile them by hand.",
            "Work downstream waits for the data and is delayed.",
        ),
        causes=(
            Cause(
                "The other system changed the format of a field in an upgrade; our interface was "
                "not adapted in time and its messages were rejected.",
                fix="Adapt the interface to the new format and resend the failed messages",
                improve="Agree advance notice of interface changes with the other vendor",
                prevent="Validate messages and alert on every failure",
                escape="The interface was tested once at go-live and never monitored after.",
                factors=(
                    (F.COMMUNICATION_GAP, N.OBJECTIVE, "Third-party change not announced"),
                    (F.TECHNICAL_DEFECT, N.OBJECTIVE, "No failure alerts on the interface"),
                ),
                told=(
                    "dev",
                    "The failures are all one kind of message, and the error code points to "
                    "format validation; the other system was upgraded recently.",
                ),
                cues=("format", "field", "mapping", "code", "reject"),
                responsibility=Resp.THIRD_PARTY,
                lesson="An interface belongs to two companies: put change notice in the contract.",
            ),
            Cause(
                "The interface's retry logic is faulty: after a brief network outage, failed "
                "messages were never sent again.",
                fix="Fix the retry logic and resend the backlog",
                improve="Reconcile both sides daily and flag any difference",
                prevent="Test outages and timeouts before an interface goes live",
                escape="Integration testing covered the happy path only.",
                factors=((F.TECHNICAL_DEFECT, N.OBJECTIVE, "Faulty retry logic"),),
                told=(
                    "dev",
                    "Every failure follows a network blip, and those messages were never sent "
                    "again.",
                ),
                cues=(
                    "missing",
                    "never arriv",
                    "not arriv",
                    "lost",
                    "delay",
                    "late",
                    "reaching",
                    "didn't reach",
                ),
                responsibility=Resp.PRODUCT_DEFECT,
                lesson="Test how an interface fails, not only how it works.",
            ),
            Cause(
                "The interface address and certificate were not updated when the environment "
                "moved, so some requests went to the old address.",
                fix="Correct the address and certificate and resend what failed meanwhile",
                improve="List every interface setting and add it to the migration checklist",
                prevent="Test every connection after an environment move",
                escape="The migration checklist had no item for interfaces.",
                factors=((F.HUMAN_OVERSIGHT, N.SUBJECTIVE, "Interface settings missed in move"),),
                told=(
                    "support",
                    "Since the environment moved, some requests still go to the old address, and "
                    "the certificate was never renewed.",
                ),
                cues=("certificate", "address", "migrat", "moved", "endpoint", "server"),
                responsibility=Resp.IMPLEMENTATION,
                lesson="A migration checklist must cover every outside connection.",
            ),
        ),
        looking=(
            "We are comparing the interface logs on both sides to find the failed messages "
            "and when they failed.",
            "We have brought in the other vendor's technical team; the list of failed records "
            "is ready.",
        ),
        heard=(
            "{contact} explained where the figures disagree; {department} is checking them by "
            "hand for now.",
            "{contact} sent the business records from before and after, so we can check each one.",
        ),
        evidence=(
            ("Interface call log", "Time, error code and response of each failed message."),
            ("List of failed records", "Every record that did not synchronise."),
        ),
        asks=("The other vendor's change notes", "Contact details of their technical lead"),
        requests=(
            ("An interface developer", "R&D"),
            ("A meeting with the other vendor", "Delivery director"),
        ),
        criterion="No interface failures and a clean daily reconciliation for two weeks",
    ),
    Sub.DATA_LOSS: Story(
        remedies=(
            "Restore every lost record and explain in writing what happened.",
            "Restore the data first, then show us how you will stop it happening again.",
            "Check the restored records one by one; it is done when we have confirmed them.",
        ),
        impacts=(
            "Some business records are missing and the work that depends on them has stopped.",
            "Staff are re-entering and checking records by hand instead of serving customers.",
        ),
        causes=(
            Cause(
                "The data migration script missed a field mapping, so a key field was emptied "
                "on part of the records.",
                fix="Restore the affected records from the pre-migration backup and check them "
                "one by one",
                improve="Add before-and-after counts and totals to the migration scripts",
                prevent="Rehearse every data migration on a full copy first",
                escape="The migration rehearsal used a sample, not the full data.",
                factors=((F.TECHNICAL_DEFECT, N.OBJECTIVE, "Field mapping missed in migration"),),
                told=(
                    "dev",
                    "The migration script has no mapping for this field; every migrated record "
                    "has it empty.",
                ),
                cues=("migrat", "import", "switch", "conver", "cutover", "move"),
                responsibility=Resp.IMPLEMENTATION,
                lesson="Reconcile before and after a migration; a script that finished proves "
                "nothing.",
            ),
            Cause(
                "An archiving job's conditions were too broad and removed records that were "
                "still within their retention period.",
                fix="Recover the removed records from the archive and the backups",
                improve="Make the clean-up move records to a holding area for thirty days first",
                prevent="Have the customer sign off any change to clean-up rules",
                escape="The retention periods were never checked with the customer.",
                factors=(
                    (F.UNCLEAR_REQUIREMENT, N.OBJECTIVE, "Retention periods not agreed in writing"),
                    (F.HUMAN_OVERSIGHT, N.SUBJECTIVE, "Clean-up conditions too broad"),
                ),
                told=(
                    "dev",
                    "The clean-up job's conditions are too broad; it removed records still in "
                    "their retention period.",
                ),
                cues=("archiv", "purge", "clean", "older", "history", "before "),
                responsibility=Resp.SHARED,
                lesson="Rules that delete data must be agreed in writing.",
            ),
            Cause(
                "The backup check was skipped before the upgrade, and the upgrade script "
                "overwrote a history table.",
                fix="Restore the history from the last full backup and re-apply the changes since",
                improve="Make the backup check a mandatory step of every upgrade",
                prevent="Rehearse a restore from backup every month",
                escape="The backup check on the upgrade checklist was skipped.",
                factors=((F.HUMAN_OVERSIGHT, N.SUBJECTIVE, "Backup check skipped"),),
                told=(
                    "pm",
                    "The log of the upgrade night is incomplete; nothing shows the backup check "
                    "was done.",
                ),
                cues=("upgrade", "update", "overwr"),
                responsibility=Resp.IMPLEMENTATION,
                lesson="A backup nobody has restored is not a backup.",
            ),
        ),
        looking=(
            "We have paused the scheduled jobs involved so nothing more is affected, and are "
            "working out exactly what is missing.",
            "We are comparing the backups with the live data; a first list of missing records "
            "is ready.",
        ),
        heard=(
            "{contact} explained how the gaps were noticed; {department} is keeping paper "
            "records in the meantime.",
            "{contact} gave us a few records known to be missing, to check the restore against.",
        ),
        evidence=(
            ("Batch job log", "When and how widely the data was overwritten."),
            ("Backup inventory", "The backups available and their times."),
        ),
        asks=(
            "The list of missing records as checked by the business",
            "An hour's pause of the affected work for the restore",
        ),
        requests=(
            ("A database engineer for the restore", "R&D"),
            ("A temporary restore server", "Operations"),
        ),
        criterion="Every restored record correct, as checked by the customer",
    ),
    Sub.TECHNICAL_OTHER: Story(
        remedies=(
            "Get things back to normal and give us a clear time for it.",
            "Find out why, so our people are not hit by it again.",
            "Send someone on site.",
        ),
        impacts=(
            "Some staff cannot use the system properly.",
            "Service to the public is affected and people have noticed.",
        ),
        causes=(
            Cause(
                "The settings of a recent change did not reach every environment and device, so "
                "some functions behave abnormally.",
                fix="Align the settings across all environments and devices and restore normal use",
                improve="Keep a settings baseline for each environment and compare it after every "
                "change",
                prevent="Check every change on the site's main devices once it is live",
                escape="The change was only checked in the test environment, not on site.",
                factors=((F.CONFIGURATION_ERROR, N.SUBJECTIVE, "Change not applied everywhere"),),
                told=(
                    "support",
                    "A recent settings change went into the test environment only, never the site.",
                ),
                cues=("change", "suddenly", "since yesterday", "since monday"),
                responsibility=Resp.IMPLEMENTATION,
                lesson="A change is finished when it works on the customer's devices.",
            ),
            Cause(
                "The client update is not compatible with some of the devices on site, which "
                "breaks the display and controls.",
                fix="Provide a compatible build and update the affected devices one by one",
                improve="Keep an inventory of the device models on site",
                prevent="Trial each update on the site's main device models before release",
                escape="The update was only tried on our own test machines.",
                factors=((F.TECHNICAL_DEFECT, N.OBJECTIVE, "Update not compatible with devices"),),
                told=("dev", "It happens on the same device model, and not on our test machines."),
                cues=(
                    "printer",
                    "device",
                    "tablet",
                    "scanner",
                    "screen",
                    "terminal",
                    "phone",
                    "pc",
                ),
                responsibility=Resp.PRODUCT_DEFECT,
                lesson="Test on the customer's devices, not just ours.",
            ),
            Cause(
                "A system setting was left at its default at go-live, which does not suit how "
                "the site actually works, and nobody checked it.",
                fix="Adjust the setting to the site's needs and confirm it with the users",
                improve="List the key settings of the site's environment and agree them with "
                "the customer",
                prevent="Walk through the key settings with real users before go-live",
                escape="No actual user was asked to check the settings at go-live.",
                factors=(
                    (F.HUMAN_OVERSIGHT, N.SUBJECTIVE, "Default setting never checked"),
                    (F.UNCLEAR_REQUIREMENT, N.OBJECTIVE, "Site's needs not stated"),
                ),
                told=(
                    "consultant",
                    "This setting was left at its default at go-live; nobody checked it with the "
                    "users.",
                ),
                cues=("default", "setting", "font", "permission", "account", "display"),
                responsibility=Resp.IMPLEMENTATION,
                lesson="Defaults are for the average site, and no customer is average.",
            ),
        ),
        looking=(
            "An engineer is looking at it remotely and confirming how far it reaches.",
            "We know which users are affected and are finding the cause; you will have a plan "
            "today.",
        ),
        heard=(
            "{contact} told us when it started and who is affected: about {users} people in "
            "{department}.",
            "{contact} helped us reproduce it on one of the affected devices.",
        ),
        evidence=(
            ("Screenshots from site", "The screen and message when it happens."),
            ("Recent change log", "Every change in the week before it started."),
        ),
        asks=("Remote access to one affected device", "A list of affected users and devices"),
        requests=(("An engineer on site for a day", "Customer service"),),
        criterion="Every affected user working normally again",
    ),
}

VOICE = Voice(
    found=(
        "We have found the cause. {cause} We will {fix} by {date}.",
        "The cause is now clear. {cause} The fix is planned for {date}.",
    ),
    fixing=(
        "The fix is being tested in our test environment; so far so good, and it is on schedule.",
        "The fix is built and we are running regression tests on data like yours.",
        "The fix is going well; we will confirm the release time with you a day ahead.",
    ),
    fixed=(
        "Completed today: {Fix}. Could you please confirm it in your live system?",
        "The fix is live and we are keeping an eye on how it runs.",
    ),
    watching=(
        "Everything has run normally since the fix, with no recurrence; we keep watching.",
        "A quiet week; the preventive measures are on track.",
        "The improvements are on schedule; we will arrange the follow-up visit with you "
        "in good time.",
    ),
    escalations=(
        "Business is disrupted; R&D needs to give it priority.",
        "The customer's management is involved; the delivery director needs to step in.",
    ),
    visits=(
        "At the follow-up visit the customer confirmed no recurrence and was happy with how "
        "it was handled.",
        "On-site visit: front-line users report the system running normally.",
        "Follow-up call: all fine since the fix; the customer thanked us for keeping them "
        "informed.",
    ),
    visits_mixed=(
        "Solved, but the customer wants to hear from us sooner when something goes wrong.",
        "Happy with the fix, less so with how slowly we responded at first.",
    ),
    comments=("Quick and clear.", "Kept us well informed this time.", "Stable since the fix."),
    comments_mixed=(
        "Solved, but the first response was slow.",
        "Please make sure this does not happen again.",
    ),
    held=(
        "No recurrence in the two weeks before the visit.",
        "The customer confirms all is well.",
        "Monitoring shows everything normal.",
    ),
    failed=(
        "It happened again; the cause needs another look.",
        "The customer reports a failure last week.",
    ),
    confirm=("Confirmation of the fix in the live system", "A date for the follow-up visit"),
    cancelled=(
        "The customer prefers to wait until next quarter.",
        "Folded into the next product release.",
    ),
)

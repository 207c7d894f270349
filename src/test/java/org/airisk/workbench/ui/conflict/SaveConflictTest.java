package org.airisk.workbench.ui.conflict;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.airisk.workbench.assessment.ChangedElsewhere;
import org.airisk.workbench.catalog.Mitigation;
import org.airisk.workbench.questionnaire.Answer;
import org.airisk.workbench.scoring.PlanItem;
import org.airisk.workbench.scoring.RatingOverride;
import org.airisk.workbench.testing.TestClock;
import org.junit.jupiter.api.Test;

/** What the conflict dialog shows, field by field, and that only the assessor's first choice is carried out. */
class SaveConflictTest {
    private static final PlanItem ITEM = new PlanItem(
            UUID.randomUUID(),
            "",
            "Red-team the bot",
            List.of("atlas-jailbreaking"),
            2,
            1,
            Mitigation.Effort.M,
            PlanItem.Decision.ACCEPTED,
            "",
            "Dana",
            LocalDate.of(2026, 12, 1),
            PlanItem.Priority.HIGH,
            PlanItem.Status.PLANNED,
            "Book the team");

    private static ChangedElsewhere by(String who, Object theirs) {
        return new ChangedElsewhere("it", who, TestClock.NOW, theirs);
    }

    @Test
    void aPlanItemIsComparedFieldByFieldNamingWhoAndWhen() {
        PlanItem theirs = ITEM.withStatus(PlanItem.Status.IMPLEMENTED);
        PlanItem mine = ITEM.withDetails("Ben", ITEM.due(), ITEM.priority(), ITEM.status(), "Ben's notes");
        SaveConflict conflict = new SaveConflict(
                "the plan item \u201cRed-team the bot\u201d", mine, by("Ana", theirs), () -> {}, () -> {});
        assertEquals(
                "Ana saved the plan item \u201cRed-team the bot\u201d on "
                        + TestClock.NOW
                                .atZone(ZoneOffset.UTC)
                                .format(DateTimeFormatter.ofPattern("d MMM yyyy 'at' HH:mm", Locale.ENGLISH))
                        + ", after you opened it. Your change was not saved over theirs.",
                conflict.heading(ZoneOffset.UTC));
        List<SaveConflict.Field> differing =
                conflict.fields().stream().filter(SaveConflict.Field::differs).toList();
        assertEquals(
                List.of(
                        new SaveConflict.Field("Owner", "Ben", "Dana"),
                        new SaveConflict.Field("Status", "Planned", "Implemented"),
                        new SaveConflict.Field("Notes", "Ben's notes", "Book the team")),
                differing);
        assertEquals(12, conflict.fields().size());
    }

    @Test
    void anOverrideAnAnswerANoteAndARemoval() {
        SaveConflict override = new SaveConflict(
                "the rating",
                new RatingOverride("r", 0, 2, "mine"),
                by("", new RatingOverride("r", 4, 2, "theirs")),
                () -> {},
                () -> {});
        assertEquals(
                List.of(
                        new SaveConflict.Field("Likelihood", "As calculated", "4"),
                        new SaveConflict.Field("Reason", "mine", "theirs")),
                override.fields().stream().filter(SaveConflict.Field::differs).toList());
        assertEquals(true, override.heading(ZoneOffset.UTC).startsWith("Someone else saved the rating on "));
        assertEquals(
                List.of(new SaveConflict.Field("Answer", "yes; no", "Their words")),
                new SaveConflict(
                                "x",
                                new Answer.Choices(List.of("yes", "no")),
                                by("Ana", new Answer.Text("Their words")),
                                () -> {},
                                () -> {})
                        .fields());
        assertEquals(
                List.of(new SaveConflict.Field("Note", "my note", "")),
                new SaveConflict("x", "my note", by("Ana", null), () -> {}, () -> {}).fields());
        SaveConflict removal = new SaveConflict("x", null, by("Ana", ITEM), () -> {}, () -> {});
        assertEquals(
                new SaveConflict.Field("Title", "", "Red-team the bot"),
                removal.fields().get(0));
    }

    @Test
    void onlyTheFirstChoiceIsCarriedOut() {
        List<String> done = new ArrayList<>();
        SaveConflict conflict =
                new SaveConflict("x", "mine", by("Ana", "theirs"), () -> done.add("mine"), () -> done.add("theirs"));
        conflict.keepMine();
        conflict.keepTheirs();
        conflict.keepMine();
        assertEquals(List.of("mine"), done);
    }
}

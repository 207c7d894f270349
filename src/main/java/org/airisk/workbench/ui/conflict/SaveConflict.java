package org.airisk.workbench.ui.conflict;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import org.airisk.workbench.assessment.ChangedElsewhere;
import org.airisk.workbench.audit.AuditValues;
import org.airisk.workbench.questionnaire.Answer;
import org.airisk.workbench.scoring.PlanItem;
import org.airisk.workbench.scoring.RatingOverride;

/**
 * A save refused because a colleague saved the same thing first (team workspaces, ADR 0036), as the assessor is
 * shown it: what they typed beside what is stored now, field by field, who saved theirs and when, and the two ways
 * out. "Keep theirs" reloads what is stored; "keep mine" writes the assessor's version over it, which the audit
 * trail records as an overwrite. Plain view model: no window needed to build or test it.
 */
public final class SaveConflict {
    /** One field of the thing both saved: the assessor's value and the stored one, as text ("" when empty). */
    public record Field(String label, String mine, String theirs) {
        public boolean differs() {
            return !mine.equals(theirs);
        }
    }

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d MMM yyyy 'at' HH:mm", Locale.ENGLISH);
    private final String what;
    private final ChangedElsewhere refused;
    private final List<Field> fields;
    private final Runnable keepMine;
    private final Runnable keepTheirs;
    private boolean settled;

    /**
     * @param what       what was being saved, in the assessor's words ("the answer to “Purpose”")
     * @param mine       the assessor's version: an answer, a note, a plan item, a rating override; null when
     *                   they removed or cleared it
     * @param keepMine   writes mine over theirs (knowingly, recorded as an overwrite)
     * @param keepTheirs reloads what is stored
     */
    public SaveConflict(String what, Object mine, ChangedElsewhere refused, Runnable keepMine, Runnable keepTheirs) {
        this.what = what;
        this.refused = refused;
        this.fields = fields(mine, refused.theirs().orElse(null));
        this.keepMine = keepMine;
        this.keepTheirs = keepTheirs;
    }

    /** "Ana saved the answer to “Purpose” on 3 Dec 2026 at 10:42, after you opened it." */
    public String heading(ZoneId zone) {
        String who = refused.changedBy().isBlank() ? "Someone else" : refused.changedBy();
        return who + " saved " + what + " on " + TIME.format(refused.changedAt().atZone(zone))
                + ", after you opened it. Your change was not saved over theirs.";
    }

    public String explanation() {
        return "Compare the two below; the text in both columns can be selected and copied. Keep theirs shows what "
                + "is saved now in place of your change. Keep mine saves your version over theirs; the audit trail "
                + "records that theirs was replaced.";
    }

    public List<Field> fields() {
        return fields;
    }

    public String changedBy() {
        return refused.changedBy();
    }

    /** Reloads what is stored; only the first choice counts. */
    public void keepTheirs() {
        settle(keepTheirs);
    }

    /** Writes the assessor's version over theirs; only the first choice counts. */
    public void keepMine() {
        settle(keepMine);
    }

    private void settle(Runnable choice) {
        if (!settled) {
            settled = true;
            choice.run();
        }
    }

    private static List<Field> fields(Object mine, Object theirs) {
        Object sample = mine != null ? mine : theirs;
        List<Field> fields = new ArrayList<>();
        if (sample instanceof PlanItem) {
            PlanItem m = (PlanItem) mine;
            PlanItem t = (PlanItem) theirs;
            add(fields, "Title", m, t, PlanItem::title);
            add(fields, "Decision", m, t, i -> i.decision() == PlanItem.Decision.ACCEPTED ? "Accepted" : "Rejected");
            add(fields, "Reason", m, t, PlanItem::reason);
            add(fields, "Risks", m, t, i -> String.join(", ", i.risks()));
            add(fields, "Lowers likelihood by", m, t, i -> Integer.toString(i.reducesLikelihood()));
            add(fields, "Lowers impact by", m, t, i -> Integer.toString(i.reducesImpact()));
            add(fields, "Effort", m, t, i -> i.effort().name());
            add(fields, "Owner", m, t, PlanItem::owner);
            add(fields, "Due", m, t, i -> i.due() == null ? "" : i.due().toString());
            add(fields, "Priority", m, t, i -> i.priority().label());
            add(fields, "Status", m, t, i -> i.status().label());
            add(fields, "Notes", m, t, PlanItem::notes);
        } else if (sample instanceof RatingOverride) {
            RatingOverride m = (RatingOverride) mine;
            RatingOverride t = (RatingOverride) theirs;
            add(fields, "Set aside as not applicable", m, t, o -> o.notApplicable() ? "Yes" : "No");
            add(fields, "Likelihood", m, t, o -> rating(o.likelihood()));
            add(fields, "Impact", m, t, o -> rating(o.impact()));
            add(fields, "Reason", m, t, RatingOverride::justification);
        } else if (sample instanceof Answer || sample == null) {
            fields.add(new Field("Answer", text(AuditValues.of((Answer) mine)), text(AuditValues.of((Answer) theirs))));
        } else {
            fields.add(new Field("Note", text((String) mine), text((String) theirs)));
        }
        return List.copyOf(fields);
    }

    private static <T> void add(List<Field> fields, String label, T mine, T theirs, Function<T, String> value) {
        fields.add(new Field(
                label, mine == null ? "" : text(value.apply(mine)), theirs == null ? "" : text(value.apply(theirs))));
    }

    private static String rating(int value) {
        return value == 0 ? "As calculated" : Integer.toString(value);
    }

    private static String text(String value) {
        return Objects.requireNonNullElse(value, "");
    }
}

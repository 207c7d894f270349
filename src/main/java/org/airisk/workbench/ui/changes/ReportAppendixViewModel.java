package org.airisk.workbench.ui.changes;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import org.airisk.workbench.format.UserFormats;
import org.airisk.workbench.report.ReportWriter;
import org.airisk.workbench.review.ComparedVersion;
import org.airisk.workbench.review.ReviewRepository;
import org.airisk.workbench.ui.BackgroundWork;
import org.airisk.workbench.ui.UserMessages;

/**
 * Export report: whether to add the appendix "Changes since the approved version". Offered only when a version was
 * approved; ticked at first when the assessment changed since, so a reader sees what the approval does not cover.
 */
public final class ReportAppendixViewModel {
    /** What is read in the background: whether the assessment was ever submitted, and its approved version. */
    private record Found(boolean submitted, Optional<ComparedVersion> approved, boolean changed) {}

    private final UUID assessment;
    private final ReviewRepository reviews;
    private final BackgroundWork background;
    private final UserFormats formats;
    private final ReadOnlyBooleanWrapper enabled = new ReadOnlyBooleanWrapper();
    private final BooleanProperty selected = new SimpleBooleanProperty();
    private final ReadOnlyStringWrapper label = new ReadOnlyStringWrapper("Add the changes since the approved version");
    private final ReadOnlyStringWrapper note = new ReadOnlyStringWrapper("");
    private ComparedVersion approved;

    public ReportAppendixViewModel(
            UUID assessment, ReviewRepository reviews, BackgroundWork background, UserFormats formats) {
        this.assessment = assessment;
        this.reviews = reviews;
        this.background = background;
        this.formats = formats;
    }

    /**
     * Reads the assessment's versions in the background, then runs {@code then} with whether it was ever submitted
     * for review (an assessment never submitted has nothing to ask about).
     */
    public void load(Consumer<Boolean> then) {
        background.submit(
                () -> {
                    var versions = reviews.versions(assessment);
                    Optional<ComparedVersion> found =
                            ComparedVersion.latestApproved(versions, reviews.decisions(assessment));
                    return new Found(
                            !versions.isEmpty(),
                            found,
                            found.map(v -> v.changedSince(reviews.currentHash(assessment)))
                                    .orElse(false));
                },
                found -> {
                    show(found);
                    then.accept(found.submitted());
                },
                failure -> {
                    note.set(UserMessages.describe(failure));
                    then.accept(true);
                });
    }

    private void show(Found found) {
        approved = found.approved().orElse(null);
        enabled.set(approved != null);
        if (approved == null) {
            label.set("Add the changes since the approved version");
            selected.set(false);
            note.set("No version of this assessment has been approved yet, so there is nothing to compare with.");
            return;
        }
        label.set("Add the changes since the approved version (" + approved.shortName() + ")");
        selected.set(found.changed());
        note.set(
                found.changed()
                        ? "The assessment changed since " + approved.label(this::date)
                                + "; the appendix lists what changed."
                        : "The assessment is as it was approved (" + approved.label(this::date)
                                + "); the appendix would list no changes.");
    }

    /** True when a version was approved, so the appendix can be added. */
    public ReadOnlyBooleanProperty enabledProperty() {
        return enabled.getReadOnlyProperty();
    }

    /** Whether the report gets the appendix; ticked at first when the assessment changed since its approval. */
    public BooleanProperty selectedProperty() {
        return selected;
    }

    /** "Add the changes since the approved version (v2)". */
    public ReadOnlyStringProperty labelProperty() {
        return label.getReadOnlyProperty();
    }

    /** Why the choice is off, or whether anything changed since the approval. */
    public ReadOnlyStringProperty noteProperty() {
        return note.getReadOnlyProperty();
    }

    /** The version the report compares with, or null for no appendix. */
    public ReportWriter.Since since() {
        return enabled.get() && selected.get() ? ReportWriter.Since.of(approved, this::date) : null;
    }

    private String date(Instant moment) {
        return formats.date(formats.day(moment));
    }
}

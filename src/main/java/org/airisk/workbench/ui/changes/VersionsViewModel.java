package org.airisk.workbench.ui.changes;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.airisk.workbench.changes.AssessmentChanges;
import org.airisk.workbench.exchange.PackagedAssessment;
import org.airisk.workbench.format.UserFormats;
import org.airisk.workbench.review.ReviewRepository;
import org.airisk.workbench.review.ReviewVersion;
import org.airisk.workbench.review.SignOff;
import org.airisk.workbench.ui.BackgroundWork;
import org.airisk.workbench.ui.UserMessages;

/**
 * Review › Versions and changes: the frozen versions of one assessment with the decision on each, and what changed
 * between any two of them, or between one and the assessment as saved now. Scoring runs in the background.
 */
public final class VersionsViewModel {
    /** One version as the list shows it. */
    public record Row(ReviewVersion version, String submitted, String decision) {
        public String label() {
            return "version " + version.number();
        }
    }

    /** Works out what changed from one version to another (scored as this library scores them). */
    public interface Comparer {
        AssessmentChanges between(PackagedAssessment older, PackagedAssessment newer);

        /** From a version to the assessment as saved now. */
        AssessmentChanges sinceNow(PackagedAssessment older, UUID assessment);
    }

    private final UUID assessment;
    private final ReviewRepository reviews;
    private final Comparer comparer;
    private final BackgroundWork background;
    private final UserFormats formats;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    public VersionsViewModel(
            UUID assessment,
            ReviewRepository reviews,
            Comparer comparer,
            BackgroundWork background,
            UserFormats formats) {
        this.assessment = assessment;
        this.reviews = reviews;
        this.comparer = comparer;
        this.background = background;
        this.formats = formats;
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public void load() {
        background.submit(
                () -> rows(reviews.versions(assessment), reviews.decisions(assessment)),
                list -> {
                    rows.setAll(list);
                    message.set(
                            list.isEmpty()
                                    ? "No version yet: a version is frozen each time the assessment is submitted "
                                            + "for review (Review \u203a Submit for review)."
                                    : "");
                },
                failure -> message.set(UserMessages.describe(failure)));
    }

    private List<Row> rows(List<ReviewVersion> versions, List<SignOff> decisions) {
        List<Row> list = new ArrayList<>();
        // newest first: the version a reviewer asks about is usually the latest
        for (int i = versions.size() - 1; i >= 0; i--) {
            ReviewVersion v = versions.get(i);
            String decided = decisions.stream()
                    .filter(d -> d.versionNumber() == v.number())
                    .reduce((first, second) -> second)
                    .map(d -> d.decision().label() + " by " + d.reviewerName())
                    .orElse("No decision");
            list.add(new Row(
                    v,
                    formats.dateTime(v.submittedAt()) + (v.submittedBy().isEmpty() ? "" : ", " + v.submittedBy()),
                    decided));
        }
        return list;
    }

    /**
     * What changed between two versions, the older one first whichever order they were picked in.
     *
     * @param show receives the changes and how to name both sides
     */
    public void compare(Row first, Row second, Consumer<ChangesViewModel> show) {
        Row older = first.version().number() <= second.version().number() ? first : second;
        Row newer = older == first ? second : first;
        background.submit(
                () -> comparer.between(
                        older.version().snapshot(), newer.version().snapshot()),
                changes -> show.accept(new ChangesViewModel(changes, older.label(), newer.label())),
                failure -> message.set(UserMessages.describe(failure)));
    }

    /** What changed from a version to the assessment as it is saved now. */
    public void compareWithNow(Row version, Consumer<ChangesViewModel> show) {
        background.submit(
                () -> comparer.sinceNow(version.version().snapshot(), assessment),
                changes -> show.accept(new ChangesViewModel(changes, version.label(), "the assessment as saved now")),
                failure -> message.set(UserMessages.describe(failure)));
    }

    /** For a factory from two functions (the report writer's). */
    public static Comparer comparer(
            BiFunction<PackagedAssessment, PackagedAssessment, AssessmentChanges> between,
            BiFunction<PackagedAssessment, UUID, AssessmentChanges> sinceNow) {
        return new Comparer() {
            @Override
            public AssessmentChanges between(PackagedAssessment older, PackagedAssessment newer) {
                return between.apply(older, newer);
            }

            @Override
            public AssessmentChanges sinceNow(PackagedAssessment older, UUID id) {
                return sinceNow.apply(older, id);
            }
        };
    }
}

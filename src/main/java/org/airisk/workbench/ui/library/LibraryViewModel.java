package org.airisk.workbench.ui.library;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.airisk.workbench.assessment.Assessment;
import org.airisk.workbench.assessment.AssessmentRepository;
import org.airisk.workbench.assessment.NewAssessment;
import org.airisk.workbench.questionnaire.QuestionnaireTemplate;
import org.airisk.workbench.questionnaire.Questionnaires;
import org.airisk.workbench.review.LibraryPages;
import org.airisk.workbench.review.ReviewStage;
import org.airisk.workbench.ui.BackgroundWork;
import org.airisk.workbench.ui.UserMessages;

/**
 * The assessment library: the saved assessments a page at a time with how many there are, the search and the
 * review-stage filter (both answered by the database), and what can be done to one.
 */
public final class LibraryViewModel {
    /** Rows read at start and per "Load more": a few screenfuls, whatever the size of the library. */
    public static final int PAGE = 200;

    private final AssessmentRepository assessments;
    private final LibraryPages pages;
    private final Questionnaires templates;
    private final BackgroundWork background;
    private final Consumer<UUID> openAssessment;
    private final int pageSize;

    private final ObservableList<AssessmentRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyIntegerWrapper total = new ReadOnlyIntegerWrapper();
    /** False while {@link #total} is only "at least": a search found many, not counted yet (ADR 0050). */
    private final ReadOnlyBooleanWrapper totalExact = new ReadOnlyBooleanWrapper(true);
    /** True while such a total is being counted in the background. */
    private final ReadOnlyBooleanWrapper counting = new ReadOnlyBooleanWrapper();

    private final StringProperty search = new SimpleStringProperty("");
    private final ObjectProperty<AssessmentRow> selected = new SimpleObjectProperty<>();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final ObjectProperty<Deleted> lastDeleted = new SimpleObjectProperty<>();
    /** Shows only assessments at this review stage; null shows all. */
    private final ObjectProperty<ReviewStage> stageFilter = new SimpleObjectProperty<>();
    /** The order the database reads the rows in; a new order reads the first page again. */
    private final ObjectProperty<LibraryPages.Order> order = new SimpleObjectProperty<>(LibraryPages.Order.NEWEST);

    private final BooleanBinding canLoadMore;
    /** Counts the queries asked for: an answer to an older one (the search changed since) is dropped. */
    private long asked;
    /**
     * Counts the searches: words or review stage changed. What a search finds depends on nothing else (not on the
     * order, not on reading again after a save), so a count belongs to one of these. Read by the background count
     * too, which is not run at all for a search typed over meanwhile.
     */
    private volatile long searches;
    /** The search whose number {@link #total} holds (counted, or more rows read since); -1 for none. */
    private long exactFor = -1;
    /** The search counted in the background now; -1 for none. One count at a time for a search. */
    private long countingFor = -1;

    private boolean loadingMore;
    private boolean queryFailed;

    public LibraryViewModel(
            AssessmentRepository assessments,
            LibraryPages pages,
            Questionnaires templates,
            BackgroundWork background,
            Consumer<UUID> openAssessment) {
        this(assessments, pages, templates, background, openAssessment, PAGE);
    }

    LibraryViewModel(
            AssessmentRepository assessments,
            LibraryPages pages,
            Questionnaires templates,
            BackgroundWork background,
            Consumer<UUID> openAssessment,
            int pageSize) {
        this.assessments = assessments;
        this.pages = pages;
        this.templates = templates;
        this.background = background;
        this.openAssessment = openAssessment;
        this.pageSize = pageSize;
        this.canLoadMore = Bindings.createBooleanBinding(() -> rows.size() < total.get(), rows, total);
        search.addListener((obs, old, text) -> {
            searches++;
            startOver();
        });
        stageFilter.addListener((obs, old, stage) -> {
            searches++;
            startOver();
        });
        order.addListener((obs, old, now) -> {
            if (now == null) {
                order.set(LibraryPages.Order.NEWEST);
            } else {
                startOver();
            }
        });
    }

    // properties

    /** The rows read so far: the first pages of what the search and filter find, in the chosen order. */
    public ObservableList<AssessmentRow> shownRows() {
        return rows;
    }

    /** How many assessments the search and filter find, read or not; unless {@link #totalExactProperty}, at least. */
    public int totalCount() {
        return total.get();
    }

    /** False while a search that found many shows its first rows and not yet how many they are of. */
    public ReadOnlyBooleanProperty totalExactProperty() {
        return totalExact.getReadOnlyProperty();
    }

    /** True while a search that found many is counted in the background, its number not known before. */
    public ReadOnlyBooleanProperty countingProperty() {
        return counting.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty totalProperty() {
        return total.getReadOnlyProperty();
    }

    /** True while the search finds more assessments than have been read. */
    public BooleanBinding canLoadMoreProperty() {
        return canLoadMore;
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ObjectProperty<ReviewStage> stageFilterProperty() {
        return stageFilter;
    }

    /** The column the whole library is ordered by (the latest change first unless the assessor picks one). */
    public ObjectProperty<LibraryPages.Order> orderProperty() {
        return order;
    }

    public ObjectProperty<AssessmentRow> selectedProperty() {
        return selected;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    /** What just happened ("Deleted 'X'"), for the status line. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** What went wrong, in the assessor's words; empty when nothing did. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public List<QuestionnaireTemplate> offeredQuestionnaires() {
        return templates.offered();
    }

    // commands

    /** Reads the first page again (after a change, or for a new search), keeping the selection where it can. */
    public void refresh() {
        refresh(null, null);
    }

    private LibraryPages.Query query() {
        return LibrarySearch.query(search.get(), stageFilter.get(), templates.installed());
    }

    /** A new search or filter: its first page, whatever was loaded for the one before. */
    private void startOver() {
        refresh(null, null, pageSize);
    }

    /** The rows read so far, read again: as many as are shown, at least a page. */
    private void reread(int wanted, Consumer<LibraryPages.Page> then) {
        long mine = ++asked;
        loadingMore = false;
        LibraryPages.Query query = query();
        LibraryPages.Order by = order.get();
        background.submit(
                () -> pages.read(query, by, 0, wanted),
                page -> {
                    if (mine == asked) {
                        problemCleared();
                        then.accept(page);
                    }
                },
                this::queryFailed);
    }

    /**
     * Takes in figures worked out in the background (progress, status) row by row, in place: no row the assessor
     * may be clicking on is replaced unless its figures changed, and the selection stays on the same assessment.
     */
    public void updateFigures() {
        reread(Math.max(pageSize, rows.size()), page -> {
            UUID keep = selected.get() == null ? null : selected.get().id();
            List<AssessmentRow> fresh = page.rows().stream().map(this::row).toList();
            Map<UUID, AssessmentRow> now = new HashMap<>();
            fresh.forEach(r -> now.put(r.id(), r));
            boolean sameRows = fresh.size() == rows.size() && rows.stream().allMatch(r -> now.containsKey(r.id()));
            if (sameRows) {
                for (int i = 0; i < rows.size(); i++) {
                    AssessmentRow row = now.get(rows.get(i).id());
                    if (!row.equals(rows.get(i))) {
                        rows.set(i, row);
                    }
                }
            } else {
                rows.setAll(fresh);
            }
            takeTotal(page, true);
            if (keep != null && (selected.get() == null || !rows.contains(selected.get()))) {
                selected.set(rows.stream()
                        .filter(r -> r.id().equals(keep))
                        .findFirst()
                        .orElse(null));
            }
        });
    }

    /** Shows the first page already read (at start-up), without another trip to the database. */
    public void show(LibraryPages.Page first) {
        rows.setAll(first.rows().stream().map(this::row).toList());
        takeTotal(first, true);
    }

    /**
     * The page's total: a counted one as it is. One that is only "at least" (a search that found many) is shown as
     * that at once, and counted in the background (ADR 0050), behind the page on the same queue; a search typed over
     * before the count's turn is not counted. The same search keeps the number it had (at least the rows read) for
     * its next page, and when read again (after a save, in another order) too, while it is counted again quietly:
     * the library may have changed.
     */
    private void takeTotal(LibraryPages.Page page, boolean readAgain) {
        long search = searches;
        if (page.counted()) {
            total.set(page.total());
            totalExact.set(true);
            counting.set(false);
            exactFor = search;
            return;
        }
        if (exactFor == search) {
            total.set(Math.max(total.get(), page.total()));
            if (!readAgain) {
                return;
            }
        } else {
            total.set(page.total());
            totalExact.set(false);
            counting.set(true);
        }
        if (countingFor == search) {
            return;
        }
        countingFor = search;
        LibraryPages.Query query = query();
        background.submit(
                () -> search == searches ? pages.count(query) : -1,
                (Integer counted) -> {
                    countDone(search);
                    if (search == searches && counted >= 0) {
                        problemCleared();
                        total.set(counted);
                        totalExact.set(true);
                        exactFor = search;
                    }
                },
                failure -> {
                    countDone(search);
                    if (search == searches) {
                        queryFailed(failure);
                    }
                });
    }

    private void countDone(long search) {
        if (countingFor == search) {
            countingFor = -1;
            counting.set(false);
        }
    }

    /** Reads the next page of what the search finds and adds it below the rows shown. */
    public void loadMore() {
        if (loadingMore || queryFailed || !canLoadMore.get()) {
            return;
        }
        loadingMore = true;
        long mine = asked;
        LibraryPages.Query query = query();
        LibraryPages.Order by = order.get();
        int from = rows.size();
        background.submit(
                () -> pages.read(query, by, from, pageSize),
                page -> {
                    if (mine != asked || !loadingMore) {
                        return; // the search changed meanwhile: these rows belong to another list
                    }
                    loadingMore = false;
                    problemCleared();
                    rows.addAll(page.rows().stream().map(this::row).toList());
                    takeTotal(page, false);
                },
                failure -> {
                    loadingMore = false;
                    queryFailed(failure);
                });
    }

    private void refresh(UUID select, Runnable then) {
        refresh(select, then, Math.max(pageSize, rows.size()));
    }

    private void refresh(UUID select, Runnable then, int wanted) {
        busy.set(true);
        reread(wanted, page -> {
            UUID keep = select != null
                    ? select
                    : selected.get() == null ? null : selected.get().id();
            show(page);
            selected.set(
                    rows.stream().filter(r -> r.id().equals(keep)).findFirst().orElse(null));
            busy.set(false);
            if (then != null) {
                then.run();
            }
        });
    }

    public void create(NewAssessment request) {
        background.submit(
                () -> assessments.create(request),
                (Assessment created) -> {
                    say("Created '" + created.title() + "'.");
                    refresh(created.id(), () -> openAssessment.accept(created.id()));
                },
                this::failed);
    }

    public void open(AssessmentRow row) {
        if (row != null) {
            openAssessment.accept(row.id());
        }
    }

    /**
     * Reads the title as saved now and hands it to {@code ask} for the new one: a colleague's rename after this read
     * makes {@link #rename} refuse ours rather than replace theirs (ADR 0040).
     */
    public void readTitleToRename(AssessmentRow row, Consumer<String> ask) {
        background.submit(() -> assessments.titleToEdit(row.id()), ask, this::failed);
    }

    public void rename(AssessmentRow row, String newTitle) {
        background.submit(
                () -> assessments.rename(row.id(), newTitle),
                () -> {
                    say("Renamed to '" + newTitle.strip() + "'.");
                    refresh(row.id(), null);
                },
                failure -> {
                    failed(failure);
                    refresh(row.id(), null); // a colleague's newer title shows in place of the one renamed
                });
    }

    public void duplicate(AssessmentRow row) {
        String title = copyTitle(row.title());
        background.submit(
                () -> assessments.duplicate(row.id(), title),
                (Assessment copy) -> {
                    say("Duplicated as '" + copy.title() + "'.");
                    refresh(copy.id(), null);
                },
                this::failed);
    }

    /** Deletes; {@link #undoDelete()} puts it back. */
    public void delete(AssessmentRow row) {
        background.submit(
                () -> {
                    assessments.delete(row.id());
                    return new Deleted(row.id(), row.title());
                },
                copy -> {
                    lastDeleted.set(copy);
                    say("Deleted '" + row.title() + "'. Undo with Ctrl+Z.");
                    refresh();
                },
                this::failed);
    }

    public void undoDelete() {
        Deleted copy = lastDeleted.get();
        if (copy == null) {
            return;
        }
        background.submit(
                () -> assessments.restore(copy.id()),
                () -> {
                    lastDeleted.set(null);
                    say("Restored '" + copy.title() + "'.");
                    refresh(copy.id(), null);
                },
                this::failed);
    }

    public BooleanBinding canUndoDeleteProperty() {
        return lastDeleted.isNotNull();
    }

    /** The assessment the latest delete removed, until the next delete or the end of the session. */
    private record Deleted(java.util.UUID id, String title) {}

    static String copyTitle(String title) {
        String copy = "Copy of " + title;
        return copy.length() > NewAssessment.MAX_TITLE ? copy.substring(0, NewAssessment.MAX_TITLE) : copy;
    }

    private AssessmentRow row(LibraryPages.Row row) {
        var summary = row.summary();
        String questionnaire = templates
                .find(summary.templateId(), summary.templateVersion())
                .map(QuestionnaireTemplate::displayName)
                .orElse(summary.templateId() + " v" + summary.templateVersion() + " (not installed)");
        return new AssessmentRow(summary, questionnaire, row.stage());
    }

    /** A query that worked clears the complaint of one that failed before it; other complaints stay. */
    private void problemCleared() {
        if (queryFailed) {
            queryFailed = false;
            problem.set("");
        }
    }

    private void queryFailed(Throwable failure) {
        failed(failure);
        queryFailed = true;
        counting.set(false); // the rows shown are not the search's; its number is not coming either
    }

    private void say(String text) {
        problem.set("");
        message.set(text);
    }

    private void failed(Throwable failure) {
        busy.set(false);
        problem.set(UserMessages.describe(failure));
    }
}

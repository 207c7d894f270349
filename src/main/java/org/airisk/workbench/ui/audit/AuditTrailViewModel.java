package org.airisk.workbench.ui.audit;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.airisk.workbench.audit.AuditEntry;
import org.airisk.workbench.audit.AuditKind;
import org.airisk.workbench.audit.ChainCheck;
import org.airisk.workbench.audit.StoredTrail;
import org.airisk.workbench.format.UserFormats;

/**
 * The audit trail window without the window: the entries newest first, filtered by kind of change, user and text,
 * and the line saying whether the chain is intact.
 */
public final class AuditTrailViewModel {
    /** Longest before or after value a row shows; the whole value is in the details of the selected row. */
    static final int SHOWN = 160;

    /** One entry as the table shows it. */
    public record Row(AuditEntry entry, String time, String user, String change, String subject, String values) {}

    private final UserFormats formats;
    private final ObservableList<Row> all = FXCollections.observableArrayList();
    private final FilteredList<Row> shown = new FilteredList<>(all);
    private final ObservableList<String> users = FXCollections.observableArrayList();
    private final ObjectProperty<AuditKind> kind = new SimpleObjectProperty<>();
    private final ObjectProperty<String> user = new SimpleObjectProperty<>();
    private final StringProperty text = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper chain = new ReadOnlyStringWrapper("Reading the audit trail\u2026");
    private final ReadOnlyBooleanWrapper intact = new ReadOnlyBooleanWrapper(true);
    private final ReadOnlyStringWrapper count = new ReadOnlyStringWrapper("");

    public AuditTrailViewModel(UserFormats formats) {
        this.formats = formats;
        shown.predicateProperty().bind(Bindings.createObjectBinding(() -> this::matches, kind, user, text));
        count.bind(Bindings.createStringBinding(
                () -> shown.size() == all.size()
                        ? formats.integer(all.size()) + (all.size() == 1 ? " entry" : " entries")
                        : "Showing " + formats.integer(shown.size()) + " of " + formats.integer(all.size())
                                + " entries",
                shown,
                all));
    }

    /** Shows this trail, checked. */
    public void show(StoredTrail trail) {
        ChainCheck check = trail.check();
        chain.set(check.sentence());
        intact.set(check.intact());
        List<AuditEntry> entries = trail.entries();
        List<Row> newestFirst = new ArrayList<>(entries.stream().map(this::row).toList());
        Collections.reverse(newestFirst);
        all.setAll(newestFirst);
        users.setAll(new TreeSet<>(entries.stream().map(AuditEntry::user).toList()));
    }

    private Row row(AuditEntry e) {
        return new Row(
                e, formats.dateTime(e.time()), e.who(), e.kind().label(), e.subject(), values(e.before(), e.after()));
    }

    /** "before → after", each cut to {@link #SHOWN} characters; a missing value reads "(none)". */
    static String values(String before, String after) {
        if (before == null && after == null) {
            return "";
        }
        return shorten(before) + " \u2192 " + shorten(after);
    }

    private static String shorten(String value) {
        if (value == null) {
            return "(none)";
        }
        String oneLine = value.replace('\n', ' ').replace('\r', ' ');
        return oneLine.length() <= SHOWN ? oneLine : oneLine.substring(0, SHOWN) + "\u2026";
    }

    private boolean matches(Row row) {
        AuditEntry e = row.entry();
        if (kind.get() != null && e.kind() != kind.get()) {
            return false;
        }
        if (user.get() != null && !e.user().equals(user.get())) {
            return false;
        }
        String wanted = text.get() == null ? "" : text.get().strip().toLowerCase(Locale.ROOT);
        return wanted.isEmpty()
                || contains(e.who(), wanted)
                || contains(e.kind().label(), wanted)
                || contains(e.subject(), wanted)
                || contains(e.before(), wanted)
                || contains(e.after(), wanted);
    }

    private static boolean contains(String value, String wanted) {
        return value != null && value.toLowerCase(Locale.ROOT).contains(wanted);
    }

    /** The whole of an entry, for the details under the table. */
    public static String details(Row row) {
        if (row == null) {
            return "";
        }
        AuditEntry e = row.entry();
        return "Entry " + e.sequence() + ": " + e.kind().label() + (e.subject().isEmpty() ? "" : " of " + e.subject())
                + " by " + e.who() + ", " + row.time() + "\n\nBefore:\n" + (e.before() == null ? "(none)" : e.before())
                + "\n\nAfter:\n" + (e.after() == null ? "(none)" : e.after()) + "\n\nHash: " + e.hash();
    }

    public ObservableList<Row> rows() {
        return shown;
    }

    public List<AuditKind> kinds() {
        return List.of(AuditKind.values());
    }

    public ObservableList<String> users() {
        return users;
    }

    public ObjectProperty<AuditKind> kindProperty() {
        return kind;
    }

    public ObjectProperty<String> userProperty() {
        return user;
    }

    public StringProperty textProperty() {
        return text;
    }

    public ReadOnlyStringProperty chainProperty() {
        return chain.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty intactProperty() {
        return intact.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty countProperty() {
        return count.getReadOnlyProperty();
    }

    /** Tells that the trail could not be read, in place of the chain line. */
    public void failed(String sentence) {
        chain.set(sentence);
        intact.set(false);
    }
}

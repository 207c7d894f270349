package org.airisk.workbench.ui.workspace;

import java.util.Arrays;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.airisk.workbench.assessment.StorageException;
import org.airisk.workbench.assessment.UserFacingProblem;
import org.airisk.workbench.settings.TeamServer;
import org.airisk.workbench.ui.BackgroundWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * File › Connect to team server: the server's fields, a test that connects without changing anything, and Connect,
 * which tests again and hands over the workspace with its password. Connections are tried on the long-work queue,
 * never on the FX thread; the answer is the server's exact problem in one sentence.
 */
public final class ConnectViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(ConnectViewModel.class);
    static final String DEFAULT_NAME = "team";

    private final TeamServerAccess access;
    private final BackgroundWork background;
    private final StringProperty name = new SimpleStringProperty(DEFAULT_NAME);
    private final StringProperty host = new SimpleStringProperty("");
    private final StringProperty port = new SimpleStringProperty(String.valueOf(TeamServer.DEFAULT_PORT));
    private final StringProperty database = new SimpleStringProperty("");
    private final StringProperty user = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final ObjectProperty<TeamServer.Encryption> encryption =
            new SimpleObjectProperty<>(TeamServer.Encryption.VERIFIED);
    private final StringProperty caFile = new SimpleStringProperty("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper connected = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final StringBinding problem;
    private final BooleanBinding canTry;
    /** Set when the dialog closed: a connection that answers after hands nothing over and saves nothing. */
    private volatile boolean cancelled;

    public ConnectViewModel(TeamServerAccess access, BackgroundWork background) {
        this.access = access;
        this.background = background;
        problem = Bindings.createStringBinding(this::fieldProblem, host, port, database, user, encryption, caFile);
        canTry =
                Bindings.createBooleanBinding(() -> !busy.get() && problem.get().isEmpty(), busy, problem);
        // A changed field makes the last test's answer stale.
        for (Observable field : new Observable[] {host, port, database, user, password, encryption, caFile}) {
            field.addListener(o -> {
                if (!busy.get()) {
                    message.set("");
                    connected.set(false);
                }
            });
        }
    }

    /** Fills the fields with the saved workspace named {@code preferred}, else the first saved one, if any. */
    public void load(String preferred) {
        busy.set(true);
        background.submit(
                access::saved,
                saved -> {
                    busy.set(false);
                    Map.Entry<String, TeamServer> shown = saved.containsKey(preferred)
                            ? Map.entry(preferred, saved.get(preferred))
                            : saved.entrySet().stream().findFirst().orElse(null);
                    if (shown != null) {
                        show(shown.getKey(), shown.getValue());
                    }
                },
                failure -> {
                    busy.set(false);
                    LOG.warn(
                            "Saved team workspaces not read: {}",
                            failure.getClass().getSimpleName());
                });
    }

    private void show(String savedName, TeamServer server) {
        name.set(savedName);
        host.set(server.host());
        port.set(String.valueOf(server.port()));
        database.set(server.database());
        user.set(server.user());
        encryption.set(server.encryption());
        caFile.set(server.caFile());
    }

    /** Connects without changing anything and says what was found, or exactly what is wrong. */
    public void test() {
        attempt(found -> {}, false);
    }

    /**
     * Tests the connection; when it works, saves the workspace under its name and hands it over with the password.
     * When it does not, the problem is shown and nothing is handed over.
     */
    public void connect(Consumer<WorkspaceChoice> chosen) {
        attempt(chosen, true);
    }

    /** The dialog closed: an attempt still connecting hands nothing over. */
    public void cancel() {
        cancelled = true;
    }

    private void attempt(Consumer<WorkspaceChoice> chosen, boolean remember) {
        if (!canTry.get()) {
            return;
        }
        TeamServer server = server();
        String savedName = name.get().strip();
        char[] typed = password.get().toCharArray();
        busy.set(true);
        message.set("Connecting to " + server.host() + "\u2026");
        background
                .longWork()
                .submit(
                        () -> {
                            String found = access.check(server, typed);
                            if (remember && !cancelled) {
                                access.remember(savedName, server);
                            }
                            return found;
                        },
                        found -> {
                            busy.set(false);
                            connected.set(true);
                            message.set(found);
                            if (remember && !cancelled) {
                                chosen.accept(
                                        new WorkspaceChoice(server, typed)); // whoever opens the workspace clears it
                            } else {
                                Arrays.fill(
                                        typed,
                                        '\0'); // a test, or a connect cancelled while it ran: nobody needs it now
                            }
                        },
                        failure -> {
                            busy.set(false);
                            connected.set(false);
                            Arrays.fill(typed, '\0');
                            message.set(said(failure));
                        });
    }

    private static String said(Throwable failure) {
        if (failure instanceof StorageException || failure instanceof UserFacingProblem) {
            return failure.getMessage();
        }
        LOG.error("Connecting to a team server failed", failure);
        return "Something went wrong while connecting (" + failure.getClass().getSimpleName() + "); the log has "
                + "the details.";
    }

    /** The server the fields describe; only while {@link #problemProperty()} is empty. */
    TeamServer server() {
        return new TeamServer(
                host.get(),
                Integer.parseInt(port.get().strip()),
                database.get(),
                user.get(),
                encryption.get(),
                encryption.get() == TeamServer.Encryption.VERIFIED ? caFile.get() : "");
    }

    private String fieldProblem() {
        if (host.get().isBlank() || database.get().isBlank() || user.get().isBlank()) {
            return "Fill in the server, the database and your user name.";
        }
        if (!port.get().strip().matches("\\d{1,5}")) {
            return "The port is a number; PostgreSQL's usual one is " + TeamServer.DEFAULT_PORT + ".";
        }
        try {
            server();
            return "";
        } catch (UserFacingProblem e) {
            return e.getMessage();
        }
    }

    // properties

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty hostProperty() {
        return host;
    }

    public StringProperty portProperty() {
        return port;
    }

    public StringProperty databaseProperty() {
        return database;
    }

    public StringProperty userProperty() {
        return user;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public ObjectProperty<TeamServer.Encryption> encryptionProperty() {
        return encryption;
    }

    public StringProperty caFileProperty() {
        return caFile;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** True once the last test or connect succeeded, until a field changes. */
    public ReadOnlyBooleanProperty connectedProperty() {
        return connected.getReadOnlyProperty();
    }

    /** The last attempt's answer: what was found, or exactly what went wrong; "" before any. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** What keeps the fields from being tried, or "". */
    public StringBinding problemProperty() {
        return problem;
    }

    public BooleanBinding canTryProperty() {
        return canTry;
    }
}

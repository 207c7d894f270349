package org.airisk.workbench.ui.workspace;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.airisk.workbench.settings.TeamServer;
import org.airisk.workbench.ui.BackgroundWork;
import org.junit.jupiter.api.Test;

/** The password typed in File › Connect to team server is cleared from memory once nobody needs it. */
class ConnectPasswordTest {
    /** A server that accepts anyone, keeping the password array it was handed and what was saved. */
    private static final class Server implements TeamServerAccess {
        char[] given;
        final List<String> remembered = new ArrayList<>();

        @Override
        public String check(TeamServer server, char[] password) {
            given = password;
            return "Connected.";
        }

        @Override
        public Map<String, TeamServer> saved() {
            return Map.of();
        }

        @Override
        public void remember(String name, TeamServer server) {
            remembered.add(name);
        }
    }

    /** Work held until {@link #finish()}: what happens when the dialog is closed while connecting. */
    private static final class Held implements BackgroundWork {
        private final List<Runnable> waiting = new ArrayList<>();

        @Override
        public <T> void submit(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
            waiting.add(() -> {
                T result;
                try {
                    result = work.call();
                } catch (Exception e) {
                    onFailure.accept(e);
                    return;
                }
                onSuccess.accept(result);
            });
        }

        void finish() {
            List<Runnable> now = List.copyOf(waiting);
            waiting.clear();
            now.forEach(Runnable::run);
        }
    }

    private static ConnectViewModel filled(Server server, BackgroundWork work) {
        ConnectViewModel model = new ConnectViewModel(server, work);
        model.hostProperty().set("db.example.org");
        model.databaseProperty().set("ai_risk");
        model.userProperty().set("ana");
        model.passwordProperty().set("s3cret");
        return model;
    }

    @Test
    void aSuccessfulTestClearsItsCopyOfThePassword() {
        Server server = new Server();
        Held work = new Held();
        ConnectViewModel model = filled(server, work);
        model.test();
        work.finish();
        assertTrue(model.connectedProperty().get());
        assertArrayEquals(new char[6], server.given);
    }

    @Test
    void aConnectCancelledWhileConnectingHandsNothingOverSavesNothingAndClearsThePassword() {
        Server server = new Server();
        Held work = new Held();
        ConnectViewModel model = filled(server, work);
        AtomicReference<WorkspaceChoice> chosen = new AtomicReference<>();
        model.connect(chosen::set);
        model.cancel();
        work.finish();
        assertNull(chosen.get());
        assertEquals(List.of(), server.remembered);
        assertArrayEquals(new char[6], server.given);
    }

    @Test
    void aConnectHandsOverThePasswordUncleared() {
        Server server = new Server();
        Held work = new Held();
        ConnectViewModel model = filled(server, work);
        AtomicReference<WorkspaceChoice> chosen = new AtomicReference<>();
        model.connect(chosen::set);
        work.finish();
        assertArrayEquals("s3cret".toCharArray(), chosen.get().password());
        assertEquals(List.of(ConnectViewModel.DEFAULT_NAME), server.remembered);
    }
}

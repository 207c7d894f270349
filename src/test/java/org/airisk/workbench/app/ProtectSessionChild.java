package org.airisk.workbench.app;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.PasswordField;
import javafx.stage.Window;

/**
 * A desktop session, as the assessor drives it: with "protect", File › Protect with a password, then the window
 * opens again on the protected library; with "open", the start-up asks for the password, a wrong one first.
 */
public final class ProtectSessionChild {
    static final String PASSWORD = "a long pass phrase";

    private ProtectSessionChild() {}

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[0]);
        boolean protect = args[1].equals("protect");
        ChildSession child = new ChildSession(folder).start();
        List<Workbench> opened = child.opened;
        if (protect) {
            ChildSession.waitFor(
                    () -> opened.size() == 1 && menuItem("menu-protect").isPresent());
            Platform.runLater(() -> menuItem("menu-protect").orElseThrow().fire());
            ChildSession.waitFor(() -> node("#password-new").isPresent());
            type("#password-new", PASSWORD);
            type("#password-repeat", PASSWORD);
            Platform.runLater(() -> ((Button) node("#password-ok").orElseThrow()).fire());
            ChildSession.waitFor(
                    () -> opened.size() == 2 && menuItem("menu-change-password").isPresent());
            System.out.println("REOPENED PROTECTED");
        } else {
            ChildSession.waitFor(() -> node("#password-current").isPresent());
            type("#password-current", "not the password");
            Platform.runLater(() -> ((Button) node("#password-ok").orElseThrow()).fire());
            ChildSession.waitFor(() -> node("#password-notice")
                    .map(n -> ((Label) n).getText().contains("2 tries left"))
                    .orElse(false));
            System.out.println("NOTICE " + ((Label) node("#password-notice").orElseThrow()).getText());
            type("#password-current", PASSWORD);
            Platform.runLater(() -> ((Button) node("#password-ok").orElseThrow()).fire());
            ChildSession.waitFor(
                    () -> opened.size() == 1 && menuItem("menu-change-password").isPresent());
            System.out.println("OPENED WITH THE PASSWORD");
        }
        child.closeAll();
        System.exit(child.session.exitCode());
    }

    private static void type(String id, String text) throws Exception {
        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(() -> {
            ((PasswordField) node(id).orElseThrow()).setText(text);
            done.countDown();
        });
        done.await(10, TimeUnit.SECONDS);
    }

    /** A node in any showing window; read on the FX thread. */
    private static Optional<Node> node(String id) {
        return onFx(() -> Window.getWindows().stream()
                .filter(Window::isShowing)
                .map(w -> w.getScene() == null ? null : w.getScene().lookup(id))
                .filter(n -> n != null)
                .findFirst());
    }

    private static Optional<MenuItem> menuItem(String id) {
        return onFx(() -> Window.getWindows().stream()
                .filter(Window::isShowing)
                .map(w -> w.getScene() == null ? null : w.getScene().lookup(".menu-bar"))
                .filter(n -> n instanceof MenuBar)
                .map(n -> (MenuBar) n)
                .flatMap(bar -> bar.getMenus().get(0).getItems().stream())
                .filter(i -> id.equals(i.getId()))
                .findFirst());
    }

    private static <T> T onFx(Supplier<T> read) {
        if (Platform.isFxApplicationThread()) {
            return read.get();
        }
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> result.complete(read.get()));
        return result.join();
    }
}

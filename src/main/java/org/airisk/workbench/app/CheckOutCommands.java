package org.airisk.workbench.app;

import java.io.PrintWriter;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.airisk.workbench.exchange.CheckInMerge;
import org.airisk.workbench.exchange.Checkout;
import org.airisk.workbench.exchange.ConflictWording;
import org.airisk.workbench.store.JdbcCheckouts;
import org.airisk.workbench.store.WorkbenchDatabase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** `team check-out` and `team check-in`: one assessment taken offline and brought back (ADR 0041). */
final class CheckOutCommands {
    private CheckOutCommands() {}

    @Command(
            name = "check-out",
            description = "Copy an assessment of a team workspace into this computer's library to work on it "
                    + "offline; colleagues see it as checked out and may still change it.")
    static final class CheckOut extends TeamWorkspaceCommand implements Callable<Integer> {
        @Parameters(paramLabel = "ASSESSMENT-ID", description = "The assessment's id, from `list --workspace`.")
        UUID id;

        @Override
        public Integer call() {
            CommandLine root = team.root;
            if (workspace.workspace == null) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(), "check-out needs --workspace.");
            }
            try (WorkbenchDatabase library = root.openLibrary();
                    WorkbenchDatabase server = workspace.open(root)) {
                String title = new OfflineCopies(root.services(library), root.folder())
                        .checkOut(root.services(server), workspace.workspace, id);
                spec.commandLine()
                        .getOut()
                        .println("Checked out \u201c" + title + "\u201d to this computer's library; check it in "
                                + "with `team check-in --workspace " + workspace.workspace + " " + id + "`.");
                return 0;
            }
        }
    }

    @Command(
            name = "check-in",
            description = "Bring an assessment worked on offline back into its team workspace, merged with what "
                    + "colleagues changed meanwhile. When both sides changed the same thing differently, the "
                    + "conflicts are listed and nothing is written, unless --keep says which side to keep. When the "
                    + "offline copy is gone from this computer's library, --keep theirs releases the check-out.")
    static final class CheckIn extends TeamWorkspaceCommand implements Callable<Integer> {
        @Parameters(paramLabel = "ASSESSMENT-ID", description = "The assessment's id.")
        UUID id;

        @Option(
                names = "--keep",
                paramLabel = "mine|theirs",
                description = "For every conflict, keep this computer's version (mine) or the workspace's (theirs).")
        String keep;

        @Option(
                names = "--choose",
                paramLabel = "CONFLICT=mine|theirs",
                description = "What to keep for one conflict, named as the list of conflicts names it "
                        + "(for example ANSWER:fm_data_inventory=mine); repeat for each. --keep settles the others.")
        java.util.Map<String, String> choose = new java.util.LinkedHashMap<>();

        @Override
        public Integer call() {
            CommandLine root = team.root;
            if (workspace.workspace == null) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(), "check-in needs --workspace.");
            }
            CheckInMerge.Keep side = keep();
            try (WorkbenchDatabase library = root.openLibrary();
                    WorkbenchDatabase server = workspace.open(root)) {
                WorkbenchServices mine = root.services(library);
                OfflineCopies.CheckIn result =
                        new OfflineCopies(mine, root.folder()).checkIn(root.services(server), id, choices(), side);
                if (result.released()) {
                    spec.commandLine()
                            .getOut()
                            .println("Released the check-out of \u201c" + result.title() + "\u201d; nothing was "
                                    + "written to the team workspace.");
                    return 0;
                }
                if (result.merge().clean()) {
                    spec.commandLine()
                            .getOut()
                            .println("Checked in \u201c" + result.title() + "\u201d; the offline copy was released.");
                    return 0;
                }
                PrintWriter out = spec.commandLine().getOut();
                var questionnaire = mine.templates()
                        .find(
                                result.merge().merged().assessment().templateId(),
                                result.merge().merged().assessment().templateVersion());
                for (CheckInMerge.Conflict conflict : result.merge().conflicts()) {
                    ConflictWording words = ConflictWording.of(conflict, questionnaire);
                    out.println(words.what() + "  [" + conflict.id() + "]");
                    out.println("  mine:   " + words.mine());
                    out.println("  theirs: " + words.theirs());
                }
                spec.commandLine()
                        .getErr()
                        .println(result.merge().conflicts().size() + " conflict"
                                + (result.merge().conflicts().size() == 1 ? "" : "s")
                                + " with colleagues' changes; nothing was written. Check in again with --keep mine "
                                + "or --keep theirs, or --choose for each.");
                return 1;
            }
        }

        private java.util.Map<String, CheckInMerge.Keep> choices() {
            java.util.Map<String, CheckInMerge.Keep> choices = new java.util.HashMap<>();
            choose.forEach((conflict, side) -> choices.put(conflict, side(side, "--choose")));
            return choices;
        }

        private CheckInMerge.Keep keep() {
            return keep == null ? null : side(keep, "--keep");
        }

        private CheckInMerge.Keep side(String side, String option) {
            return switch (side) {
                case "mine" -> CheckInMerge.Keep.MINE;
                case "theirs" -> CheckInMerge.Keep.THEIRS;
                default ->
                    throw new picocli.CommandLine.ParameterException(
                            spec.commandLine(), option + " takes mine or theirs.");
            };
        }
    }

    @Command(
            name = "checked-out",
            description = "List the assessments checked out of a team workspace (or, without --workspace, to this "
                    + "computer): id, title, who took it offline and when.")
    static final class CheckedOut extends TeamWorkspaceCommand implements Callable<Integer> {
        @Override
        public Integer call() {
            CommandLine root = team.root;
            try (WorkbenchDatabase db = workspace.open(root)) {
                WorkbenchServices services = root.services(db);
                var assessments = services.assessments();
                DateTimeFormatter time =
                        DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(root.clock.getZone());
                for (Checkout c : new JdbcCheckouts(db, root.clock, services.user()).all()) {
                    String title =
                            assessments.find(c.assessment()).map(a -> a.title()).orElse("");
                    spec.commandLine()
                            .getOut()
                            .println(String.join("\t", c.assessment().toString(), title, c.by(), time.format(c.at())));
                }
                return 0;
            }
        }
    }
}

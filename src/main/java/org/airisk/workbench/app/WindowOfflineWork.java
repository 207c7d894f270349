package org.airisk.workbench.app;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.airisk.workbench.assessment.UserFacingProblem;
import org.airisk.workbench.exchange.CheckInMerge;
import org.airisk.workbench.exchange.Checkout;
import org.airisk.workbench.exchange.OfflineWork;
import org.airisk.workbench.settings.TeamServer;
import org.airisk.workbench.settings.Workspace;
import org.airisk.workbench.store.JdbcCheckouts;
import org.airisk.workbench.store.PasswordNeeded;
import org.airisk.workbench.store.TeamWorkspaceFile;
import org.airisk.workbench.store.WorkbenchDatabase;

/**
 * {@link OfflineWork} for the window (ADR 0044): {@link OfflineCopies} between the workspace the window has open and
 * the other side, which is opened for the one call and closed again. On a team workspace the other side is this
 * computer's library; in the library it is the team workspace the assessment came from.
 */
final class WindowOfflineWork implements OfflineWork {
    private final WorkbenchServices open;
    private final Workspace workspace;
    private final Path folder;
    private final Clock clock;

    /** @param open the services of the workspace the window shows, {@code workspace} which one it is */
    WindowOfflineWork(WorkbenchServices open, Workspace workspace, Path folder, Clock clock) {
        this.open = open;
        this.workspace = workspace;
        this.folder = folder;
        this.clock = clock;
    }

    @Override
    public String checkOut(UUID id) {
        if (!(workspace instanceof TeamServer team)) {
            throw new UserFacingProblem("Connect to the team workspace first: an assessment is checked out from "
                    + "there to this computer's library.");
        }
        try (WorkbenchDatabase library = openLibrary()) {
            return new OfflineCopies(WorkbenchServices.of(library, folder, clock), folder)
                    .checkOut(open, name(team), id);
        }
    }

    @Override
    public List<CheckedOut> checkedOut() {
        var assessments = open.assessments();
        return checkouts().all().stream()
                .map(c -> new CheckedOut(
                        c.assessment(),
                        assessments.find(c.assessment()).map(a -> a.title()).orElse(""),
                        c.workspace(),
                        c.by(),
                        c.at()))
                .toList();
    }

    @Override
    public CheckedIn checkIn(UUID id, char[] password, Map<String, CheckInMerge.Keep> choices) {
        if (workspace instanceof TeamServer) {
            throw new UserFacingProblem(
                    "Use this computer's library (File menu) to check in: the offline copy " + "is there.");
        }
        Checkout checkout = checkouts()
                .find(id)
                .orElseThrow(() -> new UserFacingProblem("This assessment is not checked out to this computer."));
        OfflineCopies copies = new OfflineCopies(open, folder);
        try (WorkbenchDatabase server = WorkbenchDatabase.openServer(team(checkout.workspace()), password)) {
            OfflineCopies.CheckIn result =
                    copies.checkIn(WorkbenchServices.of(server, folder, clock), id, choices, null);
            if (result.merge().clean()) {
                return new CheckedIn(result.title(), List.of());
            }
            var merged = result.merge().merged().assessment();
            var base = open.packages().versionIn(copies.base(id), id, "");
            var questionnaire = open.templates().find(merged.templateId(), merged.templateVersion());
            return new CheckedIn(
                    result.title(),
                    new CheckInWording(base, questionnaire)
                            .conflicts(result.merge().conflicts()));
        }
    }

    private JdbcCheckouts checkouts() {
        return new JdbcCheckouts(open.database(), clock, open.user());
    }

    private WorkbenchDatabase openLibrary() {
        try {
            return WorkbenchDatabase.open(folder, clock, null);
        } catch (PasswordNeeded e) {
            throw new UserFacingProblem("This computer's library is protected with a password, which the window "
                    + "does not have while connected to a team workspace. Check the assessment out with `team "
                    + "check-out`, or remove the library's protection first.");
        }
    }

    /** The name the team workspace was saved under, else its address: what the check-in connects to again. */
    private String name(TeamServer team) {
        return new TeamWorkspaceFile(folder)
                .all().entrySet().stream()
                        .filter(e -> e.getValue().equals(team))
                        .map(Map.Entry::getKey)
                        .findFirst()
                        .orElse(team.address());
    }

    private TeamServer team(String name) {
        if (TeamServer.isAddress(name)) {
            return TeamServer.parse(name, null);
        }
        Optional<TeamServer> saved = new TeamWorkspaceFile(folder).find(name);
        return saved.orElseThrow(() -> new UserFacingProblem("The team workspace this assessment came from, \""
                + name + "\", is no longer saved on this computer; connect to it once (File \u203a Connect to "
                + "team server\u2026) under that name, then check in again."));
    }
}

package org.airisk.workbench.app;

import java.io.PrintWriter;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.Callable;
import org.airisk.workbench.store.JdbcAssessmentPages;
import org.airisk.workbench.store.WorkbenchDatabase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** `list`: the saved assessments, one line each, read page by page. */
@Command(name = "list", description = "List the saved assessments: id, title, AI system, status, progress.")
final class ListCommand extends WorkspaceCommand implements Callable<Integer> {
    @Option(names = "--limit", paramLabel = "N", description = "At most N assessments (default: all).")
    Integer limit;

    @Option(
            names = "--offset",
            paramLabel = "N",
            defaultValue = "0",
            description = "Skip the first N (newest change first).")
    int offset;

    @Option(
            names = "--search",
            paramLabel = "WORDS",
            defaultValue = "",
            description = "Only those whose title, AI system or owner holds every word.")
    String search;

    @Override
    public Integer call() {
        if (offset < 0 || (limit != null && limit < 0)) {
            spec.commandLine().getErr().println("--limit and --offset take a number of 0 or more.");
            return 2;
        }
        try (WorkbenchDatabase db = open()) {
            PrintWriter out = spec.commandLine().getOut();
            DateTimeFormatter day =
                    DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(root.clock.getZone());
            // Written as read: memory stays one row whatever the size of the library.
            new JdbcAssessmentPages(db)
                    .each(
                            search,
                            offset,
                            limit == null ? Integer.MAX_VALUE : limit,
                            a -> out.println(String.join(
                                    "\t",
                                    a.id().toString(),
                                    a.title(),
                                    a.systemName(),
                                    a.status().label(),
                                    a.progressPercent() + "%",
                                    day.format(a.updatedAt()))));
            return 0;
        }
    }
}

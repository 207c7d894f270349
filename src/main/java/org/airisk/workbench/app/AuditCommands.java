package org.airisk.workbench.app;

import java.io.PrintWriter;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.airisk.workbench.assessment.Assessment;
import org.airisk.workbench.audit.AuditEntry;
import org.airisk.workbench.audit.AuditKind;
import org.airisk.workbench.audit.ChainCheck;
import org.airisk.workbench.audit.StoredTrail;
import org.airisk.workbench.store.JdbcAssessmentRepository;
import org.airisk.workbench.store.JdbcAuditTrail;
import org.airisk.workbench.store.WorkbenchDatabase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** `audit ID` prints an assessment's audit trail; `verify-audit ID` checks its hash chain (docs/audit.md). */
final class AuditCommands {
    private AuditCommands() {
    }

    /** The assessment's trail as stored, read with the library open; the id must name an assessment in it. */
    private static Read read(CommandLine root, UUID id) {
        try (WorkbenchDatabase db = root.openLibrary()) {
            Assessment a = new JdbcAssessmentRepository(db, root.clock).find(id).orElseThrow(() ->
                    new IllegalArgumentException("No assessment " + id + " in this library; `list` shows the ids."));
            StoredTrail trail = new JdbcAuditTrail(db, root.clock, () -> {
                throw new IllegalStateException("reading records nothing");
            }).read(id);
            return new Read(a.title(), trail);
        }
    }

    private record Read(String title, StoredTrail trail) {
    }

    @Command(name = "audit", description = "Print the audit trail of an assessment (id from `list`), oldest first, "
            + "one change a line: number, time (UTC), user, change, subject, before, after; tabs and line breaks "
            + "inside values are written as \\t and \\n. The last line says whether the chain is intact.")
    static final class Print implements Callable<Integer> {
        @ParentCommand
        CommandLine root;
        @picocli.CommandLine.Spec
        picocli.CommandLine.Model.CommandSpec spec;
        @Option(names = "--kind", paramLabel = "KIND", description = "Only changes of this kind: ${COMPLETION-CANDIDATES}.")
        AuditKind kind;
        @Parameters(paramLabel = "ID")
        UUID id;

        @Override
        public Integer call() {
            StoredTrail trail = read(root, id).trail();
            PrintWriter out = spec.commandLine().getOut();
            for (AuditEntry e : trail.entries()) {
                if (kind == null || e.kind() == kind) {
                    out.println(String.join("\t", Integer.toString(e.sequence()),
                            DateTimeFormatter.ISO_INSTANT.format(e.time()), plain(e.user()), e.kind().name(),
                            plain(e.subject()), plain(e.before()), plain(e.after())));
                }
            }
            out.println(trail.check().sentence());
            return 0;
        }
    }

    /** One line per value: a tab or line break inside would start another field or record. */
    static String plain(String value) {
        if (value == null) {
            return "-";
        }
        return value.replace("\\", "\\\\").replace("\t", "\\t").replace("\r", "\\r").replace("\n", "\\n");
    }

    @Command(name = "verify-audit", description = "Check the hash chain of an assessment's audit trail (id from "
            + "`list`): exit 0 when intact, 1 with the first broken place named.")
    static final class Verify implements Callable<Integer> {
        @ParentCommand
        CommandLine root;
        @picocli.CommandLine.Spec
        picocli.CommandLine.Model.CommandSpec spec;
        @Parameters(paramLabel = "ID")
        UUID id;

        @Override
        public Integer call() {
            Read read = read(root, id);
            ChainCheck check = read.trail().check();
            if (check.intact()) {
                spec.commandLine().getOut().println("\u201c" + read.title() + "\u201d: " + check.sentence());
                return 0;
            }
            spec.commandLine().getErr().println("ai-risk-workbench: \u201c" + read.title() + "\u201d: "
                    + check.sentence());
            return 1;
        }
    }
}

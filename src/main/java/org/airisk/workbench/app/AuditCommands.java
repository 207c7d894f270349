package org.airisk.workbench.app;

import java.io.PrintWriter;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import org.airisk.workbench.assessment.Assessment;
import org.airisk.workbench.audit.AuditEntry;
import org.airisk.workbench.audit.AuditKind;
import org.airisk.workbench.audit.ChainCheck;
import org.airisk.workbench.audit.StoredTrail;
import org.airisk.workbench.store.JdbcAuditTrail;
import org.airisk.workbench.store.WorkbenchDatabase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** `audit ID` prints an assessment's audit trail; `verify-audit ID` checks its hash chain (docs/audit.md). */
final class AuditCommands {
    private AuditCommands() {}

    /** The assessment's trail as stored. */
    private static StoredTrail trail(WorkbenchDatabase db, CommandLine root, UUID id) {
        return new JdbcAuditTrail(db, root.clock, () -> {
                    throw new IllegalStateException("reading records nothing");
                })
                .read(id);
    }

    @Command(
            name = "audit",
            description = "Print the audit trail of an assessment (id from `list`), oldest first, "
                    + "one change a line: number, time (UTC), user, change, subject, before, after; tabs and line breaks "
                    + "inside values are written as \\t and \\n. The last line says whether the chain is intact.")
    static final class Print extends LibraryCommand.OnOneAssessment {
        @Option(
                names = "--kind",
                paramLabel = "KIND",
                description = "Only changes of this kind: ${COMPLETION-CANDIDATES}.")
        AuditKind kind;

        @Override
        int run(WorkbenchDatabase db, Assessment assessment, PrintWriter out) {
            StoredTrail trail = trail(db, root(), assessment.id());
            for (AuditEntry e : trail.entries()) {
                if (kind == null || e.kind() == kind) {
                    out.println(String.join(
                            "\t",
                            Integer.toString(e.sequence()),
                            DateTimeFormatter.ISO_INSTANT.format(e.time()),
                            plain(e.who()),
                            e.kind().name(),
                            plain(e.subject()),
                            plain(e.before()),
                            plain(e.after())));
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
        return value.replace("\\", "\\\\")
                .replace("\t", "\\t")
                .replace("\r", "\\r")
                .replace("\n", "\\n");
    }

    @Command(
            name = "verify-audit",
            description = "Check the hash chain of an assessment's audit trail (id from "
                    + "`list`): exit 0 when intact, 1 with the first broken place named.")
    static final class Verify extends LibraryCommand.OnOneAssessment {
        @Override
        int run(WorkbenchDatabase db, Assessment assessment, PrintWriter out) {
            ChainCheck check = trail(db, root(), assessment.id()).check();
            if (check.intact()) {
                out.println("\u201c" + assessment.title() + "\u201d: " + check.sentence());
                return 0;
            }
            err().println("ai-risk-workbench: \u201c" + assessment.title() + "\u201d: " + check.sentence());
            return 1;
        }
    }
}

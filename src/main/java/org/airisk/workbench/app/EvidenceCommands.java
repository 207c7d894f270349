package org.airisk.workbench.app;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.airisk.workbench.evidence.Evidence;
import org.airisk.workbench.evidence.EvidenceAnchor;
import org.airisk.workbench.settings.UserIdentity;
import org.airisk.workbench.store.JdbcEvidence;
import org.airisk.workbench.store.JdbcPreferences;
import org.airisk.workbench.store.WorkbenchDatabase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** `evidence list|attach|save`: the files kept with an assessment, as Edit › Evidence shows them. */
@Command(
        name = "evidence",
        description = "The evidence files kept with an assessment: list, attach, save a copy.",
        subcommands = {EvidenceCommands.ListEvidence.class, EvidenceCommands.Attach.class, EvidenceCommands.Save.class})
final class EvidenceCommands {
    /** What each evidence command shares: ids as the assessor types them. */
    abstract static class Base extends LibraryCommand {
        static UUID id(String text, String what) {
            try {
                return UUID.fromString(text);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("\u201c" + text + "\u201d is not " + what + " id; `list` shows "
                        + "assessment ids, `evidence list ID` evidence ids.");
            }
        }

        static UUID existing(WorkbenchDatabase db, CommandLine root, String text) {
            return LibraryCommand.existing(db, root, id(text, "an assessment")).id();
        }
    }

    @Command(name = "list", description = "List an assessment's evidence: id, file, size, SHA-256, what it supports.")
    static final class ListEvidence extends Base {
        @Parameters(paramLabel = "ASSESSMENT")
        String assessment;

        @Override
        public Integer call() {
            return withLibrary(db -> {
                List<Evidence> files = new JdbcEvidence(db, root().clock).list(existing(db, root(), assessment));
                if (files.isEmpty()) {
                    out().println("No evidence is attached to this assessment.");
                }
                for (Evidence e : files) {
                    out().println(String.join(
                            "\t",
                            e.id().toString(),
                            e.fileName(),
                            e.size() + " bytes",
                            e.sha256(),
                            e.anchor().encode()));
                }
                return 0;
            });
        }
    }

    @Command(
            name = "attach",
            description = "Attach a file (at most 20 MB) to an assessment, or with --on to a "
                    + "question, a risk or a plan item.")
    static final class Attach extends Base {
        @Parameters(index = "0", paramLabel = "ASSESSMENT")
        String assessment;

        @Parameters(index = "1", paramLabel = "FILE")
        Path file;

        @Option(
                names = "--on",
                paramLabel = "WHAT",
                description = "assessment (default), question:ID, risk:ID or " + "plan:ID")
        String on = "assessment";

        @Override
        public Integer call() {
            EvidenceAnchor anchor = EvidenceAnchor.decode(on)
                    .orElseThrow(() -> new IllegalArgumentException("--on " + on
                            + " is not something evidence supports: use assessment, question:ID, risk:ID or "
                            + "plan:ID."));
            return withLibrary(db -> {
                String user = UserIdentity.read(new JdbcPreferences(db)).recordedName();
                Evidence e =
                        new JdbcEvidence(db, root().clock).attach(existing(db, root(), assessment), anchor, file, user);
                out().println("Attached " + e.fileName() + " (" + e.size() + " bytes, SHA-256 " + e.sha256() + ") as "
                        + e.id());
                return 0;
            });
        }
    }

    @Command(name = "save", description = "Save a copy of an evidence file; its SHA-256 is checked on the way.")
    static final class Save extends Base {
        @Parameters(index = "0", paramLabel = "EVIDENCE")
        String evidence;

        @Parameters(index = "1", paramLabel = "FILE")
        Path file;

        @Override
        public Integer call() {
            return withLibrary(db -> {
                new JdbcEvidence(db, root().clock).saveCopy(id(evidence, "an evidence"), file);
                out().println("Saved " + file + "; its SHA-256 matches the one recorded when it was attached.");
                return 0;
            });
        }
    }
}

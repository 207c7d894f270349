package org.airisk.workbench.app;

import java.io.PrintWriter;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.airisk.workbench.comments.Comment;
import org.airisk.workbench.comments.CommentAnchor;
import org.airisk.workbench.comments.CommentBook;
import org.airisk.workbench.comments.CommentThread;
import org.airisk.workbench.comments.CommentThreads;
import org.airisk.workbench.settings.UserIdentity;
import org.airisk.workbench.store.JdbcCommentRepository;
import org.airisk.workbench.store.JdbcPreferences;
import org.airisk.workbench.store.WorkbenchDatabase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Review comments on the command line (docs/review-comments.md): list an assessment's threads, write a comment or a
 * reply, resolve and re-open a thread, as the user named in Edit › Your details.
 */
final class CommentCommands {
    private CommentCommands() {}

    /** What every comment command shares: the comment book of the open library, and who is writing. */
    abstract static class Base extends LibraryCommand {
        @Override
        public Integer call() {
            return withLibrary(db -> run(
                    db,
                    new CommentBook(new JdbcCommentRepository(db, root().clock), root().clock),
                    UserIdentity.read(new JdbcPreferences(db)),
                    out()));
        }

        abstract int run(WorkbenchDatabase db, CommentBook book, UserIdentity who, PrintWriter out);

        void requireAssessment(WorkbenchDatabase db, UUID id) {
            existing(db, root(), id);
        }
    }

    @Command(name = "comments", description = "List the review comments on an assessment, thread by thread.")
    static final class ListComments extends Base {
        @Parameters(paramLabel = "ID", description = "The assessment's id (from `list`).")
        UUID assessment;

        @Override
        int run(WorkbenchDatabase db, CommentBook book, UserIdentity who, PrintWriter out) {
            requireAssessment(db, assessment);
            CommentThreads threads = book.threads(assessment);
            DateTimeFormatter when = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
                    .withZone(root().clock.getZone());
            for (Map.Entry<CommentAnchor, List<CommentThread>> on :
                    threads.byAnchor().entrySet()) {
                out.println(on.getKey());
                for (CommentThread t : on.getValue()) {
                    out.println("  "
                            + (t.resolved()
                                    ? "[resolved by " + t.opening().resolution().by() + " "
                                            + when.format(
                                                    t.opening().resolution().at()) + "]"
                                    : "[open]"));
                    print(out, "    ", t.opening(), when);
                    t.replies().forEach(r -> print(out, "      ", r, when));
                }
            }
            out.println(threads.openCount() + " open, " + threads.resolvedCount() + " resolved");
            return 0;
        }

        private static void print(PrintWriter out, String indent, Comment c, DateTimeFormatter when) {
            out.println(indent + c.id() + "  " + when.format(c.writtenAt()) + "  " + c.byline()
                    + (c.version() == null ? "" : "  (on version " + c.version() + ")"));
            c.text().lines().forEach(line -> out.println(indent + "  " + line));
        }
    }

    @Command(name = "comment", description = "Comment on an assessment, or reply to a comment with --reply-to.")
    static final class Write extends Base {
        @Parameters(paramLabel = "ID", description = "The assessment's id (from `list`).")
        UUID assessment;

        @Option(
                names = "--on",
                paramLabel = "WHAT",
                defaultValue = "assessment",
                description = "assessment (the default), question:QUESTION-ID, risk:RISK-ID or plan:PLAN-ITEM-ID.")
        String on;

        @Option(names = "--text", required = true, paramLabel = "TEXT", description = "The comment.")
        String text;

        @Option(names = "--reply-to", paramLabel = "CID", description = "Reply to this comment (from `comments`).")
        UUID replyTo;

        @Option(names = "--version", paramLabel = "N", description = "The numbered version commented on.")
        Integer version;

        @Override
        int run(WorkbenchDatabase db, CommentBook book, UserIdentity who, PrintWriter out) {
            requireAssessment(db, assessment);
            Comment written;
            if (replyTo != null) {
                if (book.threads(assessment).threadOf(replyTo).isEmpty()) {
                    throw new IllegalArgumentException("Comment " + replyTo + " is not on assessment " + assessment
                            + "; `comments " + assessment + "` lists its comments.");
                }
                written = book.reply(replyTo, text, who);
            } else {
                written = book.comment(assessment, CommentAnchor.parse(on), version, text, who);
            }
            out.println(written.id());
            return 0;
        }
    }

    @Command(
            name = "resolve",
            description = "Resolve a comment's thread (it needs a reply, or --reason saying why); "
                    + "--reopen opens it again.")
    static final class Resolve extends Base {
        @Parameters(paramLabel = "CID", description = "A comment of the thread (from `comments`).")
        UUID comment;

        @Option(names = "--reason", paramLabel = "TEXT", description = "Why it is resolved; saved as a reply.")
        String reason;

        @Option(names = "--reopen", description = "Open the resolved thread again.")
        boolean reopen;

        @Override
        int run(WorkbenchDatabase db, CommentBook book, UserIdentity who, PrintWriter out) {
            if (reopen) {
                book.reopen(comment, who);
                out.println("Re-opened.");
            } else {
                book.resolve(comment, reason, who);
                out.println("Resolved.");
            }
            return 0;
        }
    }
}

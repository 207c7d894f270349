package org.airisk.workbench.store;

import java.sql.BatchUpdateException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import org.airisk.workbench.assessment.StorageException;
import org.postgresql.util.PSQLException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Runs work in one transaction on the database's single connection: all of it is saved, or none. */
final class Transactions {
    private static final Logger LOG = LoggerFactory.getLogger(Transactions.class);

    interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    private final WorkbenchDatabase database;

    Transactions(WorkbenchDatabase database) {
        this.database = database;
    }

    /**
     * The database whose transaction this thread is running, if any: work started inside it joins it (an audit
     * entry recorded inside a change, a preference read for the user's name), so it is not committed half-way.
     */
    private static final ThreadLocal<WorkbenchDatabase> RUNNING = new ThreadLocal<>();

    /** @param what what the work does, in the assessor's words ("save the answer"), for the error message. */
    <T> T run(String what, Work<T> work) {
        synchronized (database) {
            if (RUNNING.get() == database) {
                try {
                    return work.run(database.connection());
                } catch (SQLException e) {
                    throw new Joined(e);
                }
            }
            Connection connection;
            try {
                if (shutDown) {
                    database.reconnect();
                    shutDown = false;
                }
                connection = database.connection();
            } catch (SQLException e) {
                LOG.warn(
                        "Could not reopen the database to {}: {} (error code {})",
                        what,
                        e.getClass().getSimpleName(),
                        e.getErrorCode());
                throw failure(what, e);
            }
            RUNNING.set(database);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | Joined failed) {
                SQLException e = failed instanceof Joined j ? j.failure : (SQLException) failed;
                rollback(connection);
                // The class and codes only: H2's message can quote the values, which may be answer text.
                LOG.warn(
                        "Could not {}: {} {} (error code {})",
                        what,
                        e.getClass().getSimpleName(),
                        e.getSQLState(),
                        e.getErrorCode());
                if (ServerPermissions.isRefusal(e)) {
                    throw ServerPermissions.refused(connection, what, e);
                }
                if (e instanceof JdbcAssessmentRepository.MissingAssessment) {
                    throw new StorageException(
                            "Could not " + what + ": the assessment no longer exists. "
                                    + "It may have been deleted; go back to the library.",
                            e);
                }
                shutDown = diskFull(e) || isShutDown(e) || !isUsable(connection);
                throw failure(what, e);
            } catch (RuntimeException e) {
                rollback(connection);
                shutDown = !isUsable(connection);
                throw e;
            } finally {
                RUNNING.remove();
            }
        }
    }

    /** A joined piece of work failed: the transaction it joined fails with its cause, as if it were its own. */
    private static final class Joined extends RuntimeException {
        private final SQLException failure;

        Joined(SQLException failure) {
            super(failure);
            this.failure = failure;
        }
    }

    /**
     * Set when the database shut itself down on a failed write (H2 closes it when its file cannot be written, as on
     * a full disk); the next work reconnects first, so Retry works once the cause is gone.
     */
    private boolean shutDown;

    /** H2's codes for "the database has been closed" and "called at shut-down". */
    private static boolean isShutDown(SQLException e) {
        return e.getErrorCode() == 90098 || e.getErrorCode() == 90121;
    }

    private static boolean isUsable(Connection connection) {
        try {
            return connection.isValid(2);
        } catch (SQLException e) {
            return false;
        }
    }

    private static StorageException failure(String what, SQLException e) {
        if (diskFull(e)) {
            return new StorageException(
                    "Could not " + what + ": the disk is full. Free some space, then press "
                            + "Retry (or Ctrl+S); what you typed is still on screen and your earlier work is safe.",
                    e);
        }
        return new StorageException(
                "Could not " + what + " (" + summary(e) + "). Your earlier work "
                        + "is safe. Try again; if it keeps failing, restart the workbench.",
                e);
    }

    /** The operating system's words for a full disk anywhere among the causes (Linux and macOS, Windows, quotas). */
    private static boolean diskFull(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String m = t.getMessage() == null ? "" : t.getMessage().toLowerCase(Locale.ROOT);
            if (m.contains("no space left on device")
                    || m.contains("not enough space on the disk")
                    || m.contains("disk quota exceeded")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The database's reason without the SQL statement it quotes. PostgreSQL's driver quotes a failed batch's
     * statement with its values (answer text), so only the server's own sentence is taken from it.
     */
    private static String summary(SQLException e) {
        if (e instanceof BatchUpdateException && e.getNextException() != null) {
            return summary(e.getNextException());
        }
        if (e instanceof PSQLException p && p.getServerErrorMessage() != null) {
            return p.getServerErrorMessage().getMessage();
        }
        String text = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int cut = text.indexOf("; SQL statement");
        if (cut < 0) {
            cut = text.indexOf('\n');
        }
        return cut < 0 ? text : text.substring(0, cut);
    }

    private static void rollback(Connection connection) {
        try {
            connection.rollback();
        } catch (SQLException ignored) {
            // The transaction did not commit, so nothing of it is kept either way.
        }
    }
}

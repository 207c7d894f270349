package org.airisk.workbench.store;

import java.sql.Connection;
import java.sql.SQLException;
import org.airisk.workbench.assessment.StorageException;
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

    /** @param what what the work does, in the assessor's words ("save the answer"), for the error message. */
    <T> T run(String what, Work<T> work) {
        synchronized (database) {
            Connection connection = database.connection();
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException e) {
                rollback(connection);
                // The class and codes only: H2's message can quote the values, which may be answer text.
                LOG.warn("Could not {}: {} {} (error code {})", what, e.getClass().getSimpleName(), e.getSQLState(),
                        e.getErrorCode());
                if (e instanceof JdbcAssessmentRepository.MissingAssessment) {
                    throw new StorageException("Could not " + what + ": the assessment no longer exists. "
                            + "It may have been deleted; go back to the library.", e);
                }
                throw new StorageException("Could not " + what + " (" + summary(e) + "). Your earlier work "
                        + "is safe. Try again; if it keeps failing, restart the workbench.", e);
            } catch (RuntimeException e) {
                rollback(connection);
                throw e;
            }
        }
    }

    /** The database's reason without the SQL statement it quotes. */
    private static String summary(SQLException e) {
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

package org.airisk.workbench.store;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.security.GeneralSecurityException;
import java.security.cert.CertificateException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.SSLException;
import org.airisk.workbench.assessment.StorageException;
import org.flywaydb.core.api.FlywayException;
import org.postgresql.ds.PGSimpleDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Connecting to a team workspace: a PostgreSQL database on a server (issue 19, ADR 0023). Only PostgreSQL URLs are
 * taken, so nothing a user types can reach H2's URL settings. The password is kept in memory only, for
 * reconnecting, never written anywhere.
 */
final class ServerDatabase {
    static final String URL_START = "jdbc:postgresql://";
    private static final Logger LOG = LoggerFactory.getLogger(ServerDatabase.class);

    private ServerDatabase() {}

    /** A connection just opened, and whether this opening created the schema. */
    record Opened(Connection connection, boolean createdNow) {}

    /** Opens connections to one database as one user. */
    static final class Connector implements AutoCloseable {
        private final String url;
        private final String user;
        private final char[] password;

        private Connector(String url, String user, char[] password) {
            this.url = url;
            this.user = user;
            this.password = password == null ? new char[0] : password.clone();
        }

        Connection connect() throws SQLException {
            return source().getConnection();
        }

        PGSimpleDataSource source() {
            PGSimpleDataSource source = new PGSimpleDataSource();
            source.setURL(url);
            source.setUser(user);
            // The driver takes the password as a String; it lives as long as this data source does.
            source.setPassword(new String(password));
            source.setApplicationName("AI Risk Workbench");
            return source;
        }

        String url() {
            return url;
        }

        String user() {
            return user;
        }

        /** Clears this copy of the password: the workspace closed, or the Test button's check is over. */
        @Override
        public void close() {
            Arrays.fill(password, '\0');
        }
    }

    /**
     * @throws StorageException when {@code url} is not a PostgreSQL URL
     */
    static Connector connector(String url, String user, char[] password) {
        if (url == null || !url.startsWith(URL_START)) {
            throw new StorageException("A team workspace is a PostgreSQL database: give its address as "
                    + "postgresql://host:port/database.");
        }
        return new Connector(url, user, password);
    }

    /** Connects, bringing the schema up to date first when it is not. */
    static Opened open(Connector connector) {
        Connection connection = null;
        try {
            connection = connector.connect();
            refuseOldServer(connector.url(), connection.getMetaData().getDatabaseProductVersion());
            boolean createdNow = false;
            if (!SchemaVersion.isCurrent(connection)) {
                createdNow = !hasSchema(connection);
                connection.close();
                connection = null;
                migrate(connector);
                connection = connector.connect();
            }
            connection.setAutoCommit(false);
            LOG.info("Team workspace opened ({})", createdNow ? "created now" : "existing");
            return new Opened(connection, createdNow);
        } catch (RuntimeException e) {
            closeQuietly(connection);
            throw e;
        } catch (SQLException e) {
            closeQuietly(connection);
            LOG.warn("Team workspace did not open: {} {}", e.getClass().getSimpleName(), e.getSQLState());
            throw problem(connector.url(), e);
        }
    }

    /**
     * Connects and checks the server's version, changing nothing: what File › Connect to team server's Test button
     * says.
     *
     * @return one sentence: the server's version and whether the workspace is ready, new or needs updating
     * @throws StorageException as {@link #open}
     */
    static String check(Connector connector) {
        try (connector;
                Connection connection = connector.connect()) {
            String version = connection.getMetaData().getDatabaseProductVersion();
            refuseOldServer(connector.url(), version);
            String state = SchemaVersion.isCurrent(connection)
                    ? "the workspace is ready"
                    : hasSchema(connection)
                            ? "the workspace will be brought up to date when you connect"
                            : "the database is empty: connecting makes the workspace in it";
            return "Connected to PostgreSQL " + majorVersion(version) + " at " + where(connector.url()) + "; " + state
                    + ".";
        } catch (SQLException e) {
            LOG.warn("Team workspace check failed: {} {}", e.getClass().getSimpleName(), e.getSQLState());
            throw problem(connector.url(), e);
        }
    }

    /** What went wrong in one sentence for the user, told apart by PostgreSQL's error codes and the driver's causes. */
    static StorageException problem(String url, SQLException e) {
        String at = "The team workspace at " + where(url);
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        String text = e.getMessage() == null ? "" : e.getMessage();
        String sentence;
        if (state.equals("28000") && text.contains("pg_hba.conf")) {
            // No rule of the server's admits this connection: not a wrong password (that is 28P01).
            sentence = at + " refuses this kind of connection: "
                    + (text.contains("no encryption")
                            ? "it takes encrypted connections only. Choose an encrypted connection and try again; ask your "
                                    + "administrator if it still refuses."
                            : "its rules do not let this user in from this computer. Ask your administrator to allow it.");
        } else if (state.equals("28P01") || state.equals("28000")) {
            sentence = at + " refused the user name or the password. Check both (the password is case-sensitive) "
                    + "and try again.";
        } else if (state.equals("3D000")) {
            sentence = at + " could not be opened (" + reason(e) + "). Check the address: the database's name "
                    + "must be the one your administrator made.";
        } else if (state.equals("08004") && !url.contains("sslmode=disable") || text.contains("does not support SSL")) {
            // 08004: the driver's code for a server that rejects the encrypted connection asked for (its message is
            // in the machine's language, so the code is what is read)
            sentence = at + " cannot be reached encrypted: the server does not offer encrypted connections. Ask "
                    + "your administrator to turn on SSL, or choose \"not encrypted\" only for a server on this "
                    + "computer or a network you trust.";
        } else if (causedBy(e, SSLException.class, CertificateException.class, GeneralSecurityException.class)
                || text.contains("hostname") && text.contains("SSL")) {
            sentence = at + " did not prove who it is: its certificate could not be verified (" + reason(e) + "). "
                    + "Give the certificate authority's file your administrator uses, and check that the server "
                    + "name is the one on its certificate.";
        } else if (causedBy(e, UnknownHostException.class)) {
            sentence = at + " cannot be reached: no server of that name is known. Check the server name.";
        } else if (causedBy(e, ConnectException.class, SocketTimeoutException.class, NoRouteToHostException.class)
                || state.startsWith("08")) {
            sentence = at + " cannot be reached (" + reason(e) + "). Check the server name and port, your "
                    + "network, and that the server is running.";
        } else {
            sentence = at + " could not be opened (" + reason(e) + "). Check the address, the user name and the "
                    + "password, and that the server is running; ask your administrator if it keeps failing.";
        }
        return new StorageException(sentence, e);
    }

    @SafeVarargs
    private static boolean causedBy(Throwable e, Class<? extends Throwable>... kinds) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            for (Class<? extends Throwable> kind : kinds) {
                if (kind.isInstance(cause)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The oldest PostgreSQL the workspace runs on: saves use MERGE (Upsert), which came with version 15. */
    static final int OLDEST_SERVER = 15;

    /** @throws StorageException in one sentence, when the server is older than {@link #OLDEST_SERVER} */
    static void refuseOldServer(String url, String serverVersion) {
        int major = majorVersion(serverVersion);
        if (major < OLDEST_SERVER) {
            throw new StorageException("The team workspace at " + where(url) + " runs PostgreSQL "
                    + serverVersion + ", but this program needs PostgreSQL " + OLDEST_SERVER + " or newer; ask your "
                    + "administrator to upgrade the server.");
        }
    }

    /**
     * The major version in a server's version text ("15.4", "16beta2", "17.0 (Debian 17.0-1)"), or 0 when it has
     * none, which counts as too old.
     */
    static int majorVersion(String serverVersion) {
        if (serverVersion == null) {
            return 0;
        }
        Matcher digits = Pattern.compile("^\\s*(\\d{1,4})").matcher(serverVersion);
        return digits.find() ? Integer.parseInt(digits.group(1)) : 0;
    }

    private static void closeQuietly(Connection connection) {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException e) {
                LOG.debug("Closing after a failed open: {}", e.getSQLState());
            }
        }
    }

    private static boolean hasSchema(Connection connection) throws SQLException {
        try (var tables = connection.getMetaData().getTables(null, null, "flyway_schema_history", null)) {
            return tables.next();
        }
    }

    private static void migrate(Connector connector) {
        try {
            Migrations.run(connector.source(), Migrations.POSTGRESQL);
        } catch (FlywayException e) {
            if (refusedByTheServer(e)) {
                throw new StorageException(
                        "The team workspace at " + where(connector.url()) + " needs updating "
                                + "for this version of the program, and your account may not change its tables. Ask your "
                                + "administrator to connect once with an administrator's account; then connect again.",
                        e);
            }
            throw new StorageException(
                    "The team workspace at " + where(connector.url()) + " could not be brought "
                            + "up to date (" + firstLine(e.getMessage()) + "). Nothing was changed by this program's "
                            + "version; ask your administrator.",
                    e);
        }
    }

    /** Whether a migration failed because the account lacks the right (roles script, ADR 0037). */
    private static boolean refusedByTheServer(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof SQLException sql && ServerPermissions.isRefusal(sql)) {
                return true;
            }
        }
        return false;
    }

    /** The server and database, without the URL's settings. */
    static String where(String url) {
        String rest = url.substring(URL_START.length());
        int settings = rest.indexOf('?');
        return settings < 0 ? rest : rest.substring(0, settings);
    }

    /** PostgreSQL's own sentence, which names the problem (wrong password, no such database) without values. */
    private static String reason(SQLException e) {
        return firstLine(e.getMessage() == null ? e.getSQLState() : e.getMessage());
    }

    private static String firstLine(String text) {
        if (text == null) {
            return "no detail";
        }
        int end = text.indexOf('\n');
        return end < 0 ? text : text.substring(0, end);
    }
}

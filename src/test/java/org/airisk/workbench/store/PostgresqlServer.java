package org.airisk.workbench.store;

import java.io.File;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.airisk.workbench.testing.Processes;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A throw-away PostgreSQL server for the tests of team workspaces, started from the PostgreSQL binaries on the
 * machine (initdb and pg_ctl on the PATH or under /usr/lib/postgresql/VERSION/bin) in a temporary folder, listening
 * on a free loopback port only. It starts once for the whole test run, when the first class that uses it starts,
 * and is stopped and deleted when the test JVM ends. Each test gets its own empty database from {@link #newDatabase()}.
 * Where no PostgreSQL is installed, the classes that use it are skipped (JUnit assumptions) and say so.
 *
 * <p>As root (CI), the server runs as the {@code postgres} user through {@code runuser}: PostgreSQL refuses to run
 * as root.
 */
public final class PostgresqlServer implements BeforeAllCallback {
    static final String SKIPPED = "PostgreSQL half skipped: no initdb found";
    static final String SUPERUSER = "workbench_test";
    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static Running running;
    private static String unavailable;

    /** Connection details of one database on the running server; the superuser, trusted on loopback. */
    public record Database(String url, String user) {
        Connection connect() throws SQLException {
            return DriverManager.getConnection(url, user, "");
        }

        /** The library in this database, brought up to date as the app opens a team workspace. */
        WorkbenchDatabase open() {
            return WorkbenchDatabase.openServer(url, user, new char[0]);
        }
    }

    /** One test's library: a new database, made when the test first opens it, and the same one when reopened. */
    static final class Library {
        private Database database;

        WorkbenchDatabase open() {
            if (database == null) {
                database = newDatabase();
            }
            return database.open();
        }
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        Running server = start();
        requireOrSkip(server != null, unavailable, System.getenv(REQUIRED));
        // Stopped when the test JVM ends (the shutdown hook of start()), not by JUnit's root context: with more
        // than one fork, Surefire runs each class in a launcher of its own, whose root context closes after it.
    }

    /** A new, empty database on the server (the extension must have started it). */
    public static Database newDatabase() {
        Running server = start();
        requireOrSkip(server != null, unavailable, System.getenv(REQUIRED));
        String name = "library_" + DATABASES.incrementAndGet();
        try (Connection c = DriverManager.getConnection(server.url("postgres"), SUPERUSER, "");
                Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create a test database: " + e.getMessage(), e);
        }
        return new Database(server.url(name), SUPERUSER);
    }

    /**
     * A new, empty database owned by {@link #PASSWORD_USER}, the one user the server asks a password of (the others
     * are trusted on loopback): for tests of a wrong password. The password is set to {@code password} each time.
     */
    public static Database newDatabaseWithPassword(String password) {
        Database database = newDatabase();
        String name = database.url().substring(database.url().lastIndexOf('/') + 1);
        try (Connection c = database.connect();
                Statement s = c.createStatement()) {
            s.execute("DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '" + PASSWORD_USER + "') "
                    + "THEN CREATE ROLE " + PASSWORD_USER + " LOGIN; END IF; END $$");
            s.execute("ALTER ROLE " + PASSWORD_USER + " PASSWORD '" + password.replace("'", "''") + "'");
            s.execute("ALTER DATABASE " + name + " OWNER TO " + PASSWORD_USER);
            s.execute("ALTER SCHEMA public OWNER TO " + PASSWORD_USER);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not make the password user: " + e.getMessage(), e);
        }
        return new Database(database.url(), PASSWORD_USER);
    }

    /** The user who must give a password (scram-sha-256), unlike every other user of the test server. */
    public static final String PASSWORD_USER = "workbench_password_test";

    /** Set to 1 (as .ci/run does) to make a missing test server a failure: the PostgreSQL half must then run. */
    static final String REQUIRED = "AIRISK_REQUIRE_POSTGRESQL";

    /** Skips when no server could be started, or fails when {@code required} is "1". */
    static void requireOrSkip(boolean available, String why, String required) {
        if (!available && "1".equals(required)) {
            throw new AssertionError(why + "; " + REQUIRED + "=1 asks for the PostgreSQL half to run.");
        }
        Assumptions.assumeTrue(available, () -> why);
    }

    private static synchronized Running start() {
        if (running != null || unavailable != null) {
            return running;
        }
        Optional<Path> bin = binaries();
        if (bin.isEmpty()) {
            unavailable = SKIPPED;
            System.err.println(SKIPPED);
            return null;
        }
        try {
            running = Running.start(bin.get());
            Runtime.getRuntime().addShutdownHook(new Thread(running::close));
        } catch (IOException e) {
            unavailable = "PostgreSQL half skipped: the test server did not start (" + e.getMessage() + ")";
            System.err.println(unavailable);
        }
        return running;
    }

    /** The folder holding initdb and pg_ctl: from the PATH, else the newest under /usr/lib/postgresql. */
    static Optional<Path> binaries() {
        // -Dtest.postgresql.bin=none checks the skipping on a machine that has PostgreSQL.
        String given = System.getProperty("test.postgresql.bin", "");
        if (!given.isEmpty()) {
            Path bin = Path.of(given);
            return Files.isExecutable(bin.resolve("initdb")) ? Optional.of(bin) : Optional.empty();
        }
        String path = System.getenv().getOrDefault("PATH", "");
        for (String dir : path.split(File.pathSeparator)) {
            Path initdb = Path.of(dir.isEmpty() ? "." : dir, "initdb");
            if (Files.isExecutable(initdb) && Files.isExecutable(initdb.resolveSibling("pg_ctl"))) {
                return Optional.of(initdb.getParent());
            }
        }
        Path debian = Path.of("/usr/lib/postgresql");
        if (!Files.isDirectory(debian)) {
            return Optional.empty();
        }
        try (Stream<Path> versions = Files.list(debian)) {
            return versions.map(v -> v.resolve("bin"))
                    .filter(b -> Files.isExecutable(b.resolve("initdb")) && Files.isExecutable(b.resolve("pg_ctl")))
                    .max(Comparator.comparing(b -> versionOf(b.getParent())));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static int versionOf(Path folder) {
        try {
            return Integer.parseInt(folder.getFileName().toString());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** The server process, its folder and port. */
    private static final class Running {
        private final Path bin;
        private final Path folder;
        private final int port;
        private final boolean asPostgresUser;
        private boolean stopped;

        private Running(Path bin, Path folder, int port, boolean asPostgresUser) {
            this.bin = bin;
            this.folder = folder;
            this.port = port;
            this.asPostgresUser = asPostgresUser;
        }

        static Running start(Path bin) throws IOException {
            boolean root = "root".equals(System.getProperty("user.name"));
            Path folder = Files.createTempDirectory("workbench-postgresql");
            if (root) {
                UserPrincipal postgres;
                try {
                    postgres = folder.getFileSystem()
                            .getUserPrincipalLookupService()
                            .lookupPrincipalByName("postgres");
                } catch (IOException e) {
                    throw new IOException("running as root and there is no postgres user to run the server as");
                }
                Files.setOwner(folder, postgres);
            }
            Running server = new Running(bin, folder, freePort(), root);
            server.run(
                    "initdb",
                    "-D",
                    server.data(),
                    "-U",
                    SUPERUSER,
                    "--auth=trust",
                    "--encoding=UTF8",
                    "--locale=C",
                    "--no-sync");
            // First match wins: this one user must give a password; all others stay trusted.
            Path hba = folder.resolve("data").resolve("pg_hba.conf");
            Files.writeString(
                    hba, "host all " + PASSWORD_USER + " 127.0.0.1/32 scram-sha-256\n" + Files.readString(hba));
            // Loopback TCP only (no socket file), and no waiting for the disk: the data is thrown away anyway.
            server.run(
                    "pg_ctl",
                    "-D",
                    server.data(),
                    "-l",
                    folder.resolve("server.log").toString(),
                    "-w",
                    "-t",
                    "60",
                    "-o",
                    "-p " + server.port + " -c listen_addresses=127.0.0.1 -c unix_socket_directories=''"
                            + " -c fsync=off -c synchronous_commit=off -c full_page_writes=off",
                    "start");
            return server;
        }

        private String data() {
            return folder.resolve("data").toString();
        }

        String url(String database) {
            return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
        }

        private void run(String tool, String... arguments) throws IOException {
            List<String> command = new ArrayList<>();
            if (asPostgresUser) {
                command.addAll(List.of("runuser", "-u", "postgres", "--"));
            }
            command.add(bin.resolve(tool).toString());
            command.addAll(List.of(arguments));
            Processes.Result result = Processes.run(command);
            if (result.code() != 0) {
                throw new IOException(tool + " failed with exit code " + result.code() + ": "
                        + result.output().strip());
            }
        }

        private static int freePort() throws IOException {
            try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
                return socket.getLocalPort();
            }
        }

        public synchronized void close() {
            if (stopped) {
                return;
            }
            stopped = true;
            try {
                run("pg_ctl", "-D", data(), "-m", "immediate", "-w", "stop");
            } catch (IOException e) {
                System.err.println("The test PostgreSQL server did not stop: " + e.getMessage());
            }
            try (Stream<Path> files = Files.walk(folder)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                System.err.println("The test PostgreSQL folder was not removed: " + folder);
            }
        }
    }
}

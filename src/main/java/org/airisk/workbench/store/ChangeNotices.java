package org.airisk.workbench.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.IntSupplier;
import org.airisk.workbench.assessment.ChangesElsewhere;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Listens, on a connection of its own, to the notices a team workspace's server sends when an assessment changes
 * (V19, ADR 0042), and tells subscribers about those of other sessions, a burst at a time. A dropped connection is
 * opened again after a pause that grows to {@link #LONGEST_PAUSE_MILLIS}; subscribers are then told that changes
 * may have been missed.
 */
public final class ChangeNotices implements ChangesElsewhere {
    static final String CHANNEL = "assessment_changed";
    /** How long notices are gathered after the first of a burst: a save sends several. */
    static final long BURST_MILLIS = 300;

    static final long FIRST_PAUSE_MILLIS = 250;
    static final long LONGEST_PAUSE_MILLIS = 30_000;
    /** How long one wait for notices lasts at most, so that closing is seen soon even without a notice. */
    private static final int WAIT_MILLIS = 1_000;

    private static final Logger LOG = LoggerFactory.getLogger(ChangeNotices.class);

    /** Opens a new connection to the server. */
    interface Connector {
        Connection connect() throws SQLException;
    }

    private final Connector connector;
    private final IntSupplier ownSession;
    private final List<Consumer<Map<UUID, String>>> subscribers = new CopyOnWriteArrayList<>();
    private final Thread thread;
    private volatile boolean closed;
    private volatile Connection listening;
    private volatile int listeningSession;

    /**
     * @param ownSession the server's process id of this window's own connection, whose changes are not told
     */
    ChangeNotices(Connector connector, IntSupplier ownSession) {
        this.connector = connector;
        this.ownSession = ownSession;
        this.thread = new Thread(this::run, "change-notices");
        thread.setDaemon(true);
    }

    /** The changes others make to {@code database}'s assessments; {@link ChangesElsewhere#NONE} on H2. */
    public static ChangesElsewhere of(WorkbenchDatabase database) {
        ServerDatabase.Connector server = database.serverConnector();
        if (server == null) {
            return ChangesElsewhere.NONE;
        }
        return new ChangeNotices(server::connect, () -> backendPid(database.connection())).start();
    }

    ChangeNotices start() {
        thread.start();
        return this;
    }

    @Override
    public void subscribe(Consumer<Map<UUID, String>> changed) {
        subscribers.add(changed);
    }

    @Override
    public void close() {
        closed = true;
        subscribers.clear();
        thread.interrupt();
        closeQuietly(listening);
        try {
            thread.join(TimeUnit.SECONDS.toMillis(2));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The server's process id of the listening connection, 0 while there is none (for tests). */
    int listeningSession() {
        return listeningSession;
    }

    private void run() {
        long pause = FIRST_PAUSE_MILLIS;
        boolean before = false;
        while (!closed) {
            try (Connection connection = connector.connect()) {
                connection.setAutoCommit(true);
                try (Statement s = connection.createStatement()) {
                    s.execute("LISTEN " + CHANNEL);
                }
                listening = connection;
                listeningSession = backendPid(connection);
                if (before) {
                    tell(Map.of()); // what changed while the connection was down is not known
                }
                before = true;
                pause = FIRST_PAUSE_MILLIS;
                listen(connection.unwrap(PGConnection.class));
            } catch (SQLException | RuntimeException e) {
                if (!closed) {
                    LOG.info(
                            "Listening for colleagues' changes stopped ({}); again in {} ms",
                            e.getClass().getSimpleName(),
                            pause);
                }
            } finally {
                listening = null;
                listeningSession = 0;
            }
            if (!closed && !pauseFor(pause)) {
                return;
            }
            pause = Math.min(pause * 2, LONGEST_PAUSE_MILLIS);
        }
    }

    /** Waits for notices until the connection fails or this closes. */
    private void listen(PGConnection connection) throws SQLException {
        Map<UUID, String> burst = new LinkedHashMap<>();
        long burstEnds = 0;
        while (!closed) {
            long now = System.nanoTime();
            int wait =
                    burst.isEmpty() ? WAIT_MILLIS : (int) Math.max(1, TimeUnit.NANOSECONDS.toMillis(burstEnds - now));
            PGNotification[] notices = connection.getNotifications(wait);
            if (notices != null) {
                int own = ownSession.getAsInt();
                for (PGNotification notice : notices) {
                    if (burst.isEmpty()) {
                        burstEnds = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(BURST_MILLIS);
                    }
                    ChangeNotice.read(notice.getParameter())
                            .filter(n -> n.session() != own)
                            .ifPresent(n -> burst.merge(n.assessment(), n.changedBy(), ChangeNotice::named));
                }
            }
            if (!burst.isEmpty() && System.nanoTime() - burstEnds >= 0) {
                tell(Map.copyOf(burst));
                burst.clear();
            }
        }
    }

    private void tell(Map<UUID, String> changed) {
        for (Consumer<Map<UUID, String>> subscriber : subscribers) {
            try {
                subscriber.accept(changed);
            } catch (RuntimeException e) {
                LOG.warn("A view failed to take in colleagues' changes", e);
            }
        }
    }

    /** False when interrupted by {@link #close}. */
    private boolean pauseFor(long millis) {
        try {
            Thread.sleep(millis);
            return true;
        } catch (InterruptedException e) {
            return false;
        }
    }

    private static int backendPid(Connection connection) {
        try {
            return connection.unwrap(PGConnection.class).getBackendPID();
        } catch (SQLException | RuntimeException e) {
            return -1;
        }
    }

    private static void closeQuietly(Connection connection) {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException e) {
                LOG.debug("Closing the listening connection: {}", e.getSQLState());
            }
        }
    }
}

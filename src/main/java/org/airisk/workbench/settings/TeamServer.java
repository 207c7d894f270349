package org.airisk.workbench.settings;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.airisk.workbench.assessment.UserFacingProblem;

/**
 * A team workspace: a PostgreSQL database on a server, reached as one user (ADR 0032). The connection address is
 * built here from these fields only, so nothing typed can add a driver setting of its own choosing. The password
 * is not part of it: it is asked for each session.
 *
 * @param caFile the file of the certificate authority that signed the server's certificate, or "" for the
 *               authorities Java trusts; only used with {@link Encryption#VERIFIED}
 */
public record TeamServer(String host, int port, String database, String user, Encryption encryption, String caFile)
        implements Workspace {
    public static final int DEFAULT_PORT = 5432;
    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9.-]{1,253}|\\[[0-9A-Fa-f:.]{2,45}]");
    private static final Pattern DATABASE = Pattern.compile("[\\p{L}\\p{N}_.-]{1,63}");
    private static final String JDBC = "jdbc:";
    private static final String SCHEME = "postgresql";

    /** How the connection to the server is protected. */
    public enum Encryption {
        /** Encrypted, and the server's certificate must be signed by a trusted authority and name the host. */
        VERIFIED("verify-full", "Encrypted, server certificate checked (recommended)"),
        /** Encrypted, but any certificate is accepted: safe from listeners, not from a server pretending. */
        UNVERIFIED("require", "Encrypted, server certificate not checked"),
        /** Not encrypted: only for a server on this computer or a network the firm trusts. */
        OFF("disable", "Not encrypted (this computer or a trusted network only)");

        private final String sslMode;
        private final String label;

        Encryption(String sslMode, String label) {
            this.sslMode = sslMode;
            this.label = label;
        }

        /** PostgreSQL's own name for it (the sslmode setting). */
        public String sslMode() {
            return sslMode;
        }

        public String label() {
            return label;
        }

        static Encryption ofSslMode(String mode) {
            for (Encryption e : values()) {
                if (e.sslMode.equals(mode)) {
                    return e;
                }
            }
            throw new UserFacingProblem("The encryption setting \"" + mode + "\" is not one this program uses; "
                    + "give sslmode=verify-full (the default), require or disable.");
        }
    }

    /** @throws UserFacingProblem naming the field, when one cannot be used */
    public TeamServer {
        host = host == null ? "" : host.strip();
        database = database == null ? "" : database.strip();
        user = user == null ? "" : user.strip();
        caFile = caFile == null ? "" : caFile.strip();
        encryption = encryption == null ? Encryption.VERIFIED : encryption;
        if (!HOST.matcher(host).matches()) {
            throw new UserFacingProblem(
                    host.isEmpty()
                            ? "Give the server's name or address."
                            : "\"" + host + "\" is not a server name or address: use letters, digits, dots and hyphens "
                                    + "(an IPv6 address in [brackets]).");
        }
        if (port < 1 || port > 65535) {
            throw new UserFacingProblem(
                    "The port is a number from 1 to 65535; PostgreSQL's usual one is " + DEFAULT_PORT + ".");
        }
        if (!DATABASE.matcher(database).matches()) {
            throw new UserFacingProblem(
                    database.isEmpty()
                            ? "Give the name of the database on the server."
                            : "\"" + database + "\" is not a database name this program takes: use letters, digits, "
                                    + "_, . and - (63 at most).");
        }
        if (user.isEmpty() || user.chars().anyMatch(Character::isISOControl)) {
            throw new UserFacingProblem("Give the user name the administrator made for you on the server.");
        }
        if (caFile.chars().anyMatch(Character::isISOControl)) {
            throw new UserFacingProblem(
                    "The certificate file's name holds a control character; choose the file " + "again.");
        }
    }

    public TeamServer withEncryption(Encryption chosen) {
        return new TeamServer(host, port, database, user, chosen, caFile);
    }

    /** The JDBC address of the database, with the encryption settings and nothing else. */
    public String jdbcUrl() {
        StringBuilder url = new StringBuilder(JDBC + SCHEME + "://")
                .append(host)
                .append(':')
                .append(port)
                .append('/')
                .append(encode(database))
                .append("?sslmode=")
                .append(encryption.sslMode());
        if (encryption == Encryption.VERIFIED) {
            // Without a file of its own, the authorities Java trusts (as a browser would); the driver's default
            // otherwise is a file in the user's home that few people have.
            url.append(
                    caFile.isEmpty()
                            ? "&sslfactory=org.postgresql.ssl.DefaultJavaSSLFactory"
                            : "&sslrootcert=" + encode(caFile));
        }
        return url.toString();
    }

    /** The address as typed on the command line: postgresql://user@host:port/database?sslmode=... */
    public String address() {
        String query = "sslmode=" + encryption.sslMode()
                + (encryption == Encryption.VERIFIED && !caFile.isEmpty() ? "&sslrootcert=" + encode(caFile) : "");
        return SCHEME + "://" + encode(user) + "@" + host + ":" + port + "/" + encode(database) + "?" + query;
    }

    @Override
    public String describe() {
        return "the team workspace " + database + " on " + host + (port == DEFAULT_PORT ? "" : ":" + port);
    }

    /**
     * Reads an address: {@code postgresql://user@host:port/database}, optionally with {@code jdbc:} before it and
     * {@code ?sslmode=verify-full|require|disable&sslrootcert=FILE} after it. Any other setting is refused, and so is
     * a password in the address (it would stay in the shell's history).
     *
     * @param user the user when the address names none (may be null)
     * @throws UserFacingProblem saying what is wrong with the address
     */
    public static TeamServer parse(String address, String user) {
        String text = address == null ? "" : address.strip();
        if (text.regionMatches(true, 0, JDBC, 0, JDBC.length())) {
            text = text.substring(JDBC.length());
        }
        URI uri;
        try {
            uri = new URI(text);
        } catch (URISyntaxException e) {
            throw notAnAddress(address);
        }
        if (!SCHEME.equalsIgnoreCase(uri.getScheme()) || uri.getRawAuthority() == null || uri.getHost() == null) {
            throw notAnAddress(address);
        }
        String named = user;
        if (uri.getRawUserInfo() != null) {
            if (uri.getRawUserInfo().contains(":")) {
                throw new UserFacingProblem("Leave the password out of the address: it would be kept in the "
                        + "command history. Set AIRISK_DB_PASSWORD, or type it when asked.");
            }
            named = decode(uri.getRawUserInfo());
        }
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        Encryption encryption = Encryption.VERIFIED;
        String caFile = "";
        for (Map.Entry<String, String> setting : settings(uri.getRawQuery()).entrySet()) {
            switch (setting.getKey()) {
                case "sslmode" -> encryption = Encryption.ofSslMode(setting.getValue());
                case "sslrootcert" -> caFile = setting.getValue();
                default ->
                    throw new UserFacingProblem("The address setting \"" + setting.getKey() + "\" is not "
                            + "taken: only sslmode and sslrootcert are.");
            }
        }
        return new TeamServer(
                uri.getHost(),
                uri.getPort() < 0 ? DEFAULT_PORT : uri.getPort(),
                decode(path.startsWith("/") ? path.substring(1) : path),
                named,
                encryption,
                caFile);
    }

    /** True when {@code text} looks like an address rather than a workspace's name. */
    public static boolean isAddress(String text) {
        return text != null && text.toLowerCase(Locale.ROOT).matches("(jdbc:)?postgresql:.*");
    }

    private static Map<String, String> settings(String query) {
        Map<String, String> settings = new LinkedHashMap<>();
        if (query == null || query.isEmpty()) {
            return settings;
        }
        for (String pair : query.split("&")) {
            int equals = pair.indexOf('=');
            settings.put(
                    decode(equals < 0 ? pair : pair.substring(0, equals)).toLowerCase(Locale.ROOT),
                    equals < 0 ? "" : decode(pair.substring(equals + 1)));
        }
        return settings;
    }

    private static UserFacingProblem notAnAddress(String address) {
        return new UserFacingProblem("\"" + address + "\" is not a team workspace address: write "
                + "postgresql://user@host:port/database (or give the name of a saved workspace).");
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new UserFacingProblem("The address holds a broken %-escape: \"" + text + "\".");
        }
    }
}

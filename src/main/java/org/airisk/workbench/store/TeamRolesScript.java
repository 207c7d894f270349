package org.airisk.workbench.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The administrator's SQL script that makes a team workspace's roles and grants (team/roles.sql, ADR 0037), shipped
 * in the program so that `team roles-script` can print the one that fits this version's tables.
 */
public final class TeamRolesScript {
    static final String RESOURCE = "/team/roles.sql";

    private TeamRolesScript() {}

    /** The script's text, to run with psql as a superuser in the workspace's database. */
    public static String text() {
        try (InputStream in = TeamRolesScript.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The roles script is missing from the program: " + RESOURCE);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

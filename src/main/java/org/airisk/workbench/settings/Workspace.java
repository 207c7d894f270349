package org.airisk.workbench.settings;

/**
 * Where the portfolio lives: in the data folder on this computer (the default), or in a team workspace on a
 * PostgreSQL server (ADR 0032). A workspace never holds a password.
 */
public sealed interface Workspace permits Workspace.ThisComputer, TeamServer {
    /** The library in the data folder, as every start opens it. */
    ThisComputer THIS_COMPUTER = new ThisComputer();

    /** A few words for menus and messages. */
    String describe();

    /** The embedded library in the data folder. */
    record ThisComputer() implements Workspace {
        @Override
        public String describe() {
            return "this computer's library";
        }
    }
}

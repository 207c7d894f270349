package org.airisk.workbench.assessment;

/**
 * A change refused because of who is asking: on a team workspace, the server does not let the user's account make
 * it (a reviewer's account changing an answer, ADR 0037). Trying again changes nothing, so it is not kept to be
 * retried; the message says what the account may do and whom to ask.
 */
public class NotAllowed extends UserFacingProblem {
    public NotAllowed(String userMessage, Throwable cause) {
        super(userMessage, cause);
    }
}

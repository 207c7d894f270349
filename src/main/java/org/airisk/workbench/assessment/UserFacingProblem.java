package org.airisk.workbench.assessment;

/**
 * Something the assessor asked for was refused, or what they gave cannot be used; the message is written for them:
 * one sentence naming the problem and what to do. Any other exception is a programming error: the window logs it
 * and says only that something went wrong. An {@link IllegalArgumentException}, so code that catches bad input as
 * before still does.
 */
public class UserFacingProblem extends IllegalArgumentException {
    public UserFacingProblem(String userMessage) {
        super(userMessage);
    }

    public UserFacingProblem(String userMessage, Throwable cause) {
        super(userMessage, cause);
    }
}

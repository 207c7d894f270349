package org.airisk.workbench.signing;

/** A signing key could not be made, read or used; the message is one sentence for the user, nothing was changed. */
public final class KeyProblem extends RuntimeException {
    public KeyProblem(String sentence) {
        super(sentence);
    }

    public KeyProblem(String sentence, Throwable cause) {
        super(sentence, cause);
    }
}

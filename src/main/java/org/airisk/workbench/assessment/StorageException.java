package org.airisk.workbench.assessment;

/**
 * Saved work could not be read or written. The message is written for the assessor: it names the problem and
 * what to do; the cause keeps the technical detail for the log.
 */
public class StorageException extends RuntimeException {
    public StorageException(String userMessage, Throwable cause) {
        super(userMessage, cause);
    }

    public StorageException(String userMessage) {
        super(userMessage);
    }
}

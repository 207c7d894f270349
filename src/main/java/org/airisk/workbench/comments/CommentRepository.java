package org.airisk.workbench.comments;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Where comments are kept. Every call is one transaction. */
public interface CommentRepository {
    /** Every comment on the assessment, in no particular order. */
    List<Comment> comments(UUID assessment);

    /** A comment by its id alone (the command line's `resolve CID`); empty when there is none. */
    Optional<Comment> find(UUID comment);

    /**
     * Adds these comments, or replaces the stored ones with the same assessment and id, all in one transaction.
     *
     * @throws org.airisk.workbench.assessment.StorageException when the assessment no longer exists, or storage fails
     */
    void save(List<Comment> comments);
}

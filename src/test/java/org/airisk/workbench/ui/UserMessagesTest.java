package org.airisk.workbench.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Locale;
import java.util.concurrent.ExecutionException;
import org.airisk.workbench.assessment.StorageException;
import org.airisk.workbench.assessment.UserFacingProblem;
import org.junit.jupiter.api.Test;

/**
 * Expected failures reach the assessor in their own words; a programming error (a bare IllegalArgumentException from
 * code included) is not dressed up as advice, and never says the work is safe.
 */
class UserMessagesTest {
    @Test
    void expectedFailuresKeepTheirMessageAlsoWhenWrapped() {
        assertEquals(
                "The disk is full; free some space and save again.",
                UserMessages.describe(new ExecutionException(
                        new StorageException("The disk is full; free some space and save again."))));
        assertEquals(
                "A plan item needs a title.",
                UserMessages.describe(new UserFacingProblem("A plan item needs a title.")));
    }

    @Test
    void aProgrammingErrorSaysOnlyThatSomethingWentWrongAndWhereTheDetailsAre() {
        String told = UserMessages.describe(new IllegalArgumentException("Invalid UUID string: 12"));
        assertEquals(UserMessages.SOMETHING_WENT_WRONG, told);
        assertFalse(told.contains("UUID"), "no message written for developers");
        assertFalse(told.toLowerCase(Locale.ROOT).contains("safe"), told);
        assertEquals(UserMessages.SOMETHING_WENT_WRONG, UserMessages.describe(new NullPointerException()));
    }
}

package org.airisk.workbench.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WindowPlacementTest {
    @Test
    void roundTrips() {
        WindowPlacement placement = new WindowPlacement(120.5, 80, 1300, 820, true);
        assertEquals(Optional.of(placement), WindowPlacement.decode(placement.encode()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "garbage", "1,2,3", "1,2,three,4,false", "0,0,10,10,false", "NaN,0,900,700,false"})
    void garbledValuesFallBackToTheDefaultPlace(String text) {
        assertTrue(WindowPlacement.decode(text).isEmpty());
    }
}

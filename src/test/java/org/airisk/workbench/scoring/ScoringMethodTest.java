package org.airisk.workbench.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ScoringMethodTest {

    @ParameterizedTest
    @CsvSource({"1, Low", "4, Low", "5, Medium", "9, Medium", "10, High", "16, High", "20, Critical", "25, Critical"})
    void standardLevels(int score, String level) {
        assertEquals(level, ScoringMethod.standard().level(score).label());
    }

    @Test
    void appetiteAcceptsMediumByDefault() {
        ScoringMethod m = ScoringMethod.standard();
        assertFalse(m.isAboveAppetite(9));
        assertTrue(m.isAboveAppetite(10));
    }

    @ParameterizedTest
    @ValueSource(ints = {3, 4, 5, 6})
    void everySizeHasValidDefaultsThatSurviveStoring(int size) {
        ScoringMethod m = ScoringMethod.standard(size);
        assertEquals(size, m.size());
        assertEquals(1, m.fromFivePoint(1));
        assertEquals(size, m.fromFivePoint(5));
        assertEquals(Optional.of(m), ScoringMethod.decode(m.encode()));
        assertEquals("Critical", m.level(m.maxScore()).label());
    }

    @Test
    void customLevelsAndColoursRoundTrip() {
        ScoringMethod m = new ScoringMethod(
                4,
                List.of(
                        new ScoringMethod.Level("Acceptable", "#00ff00", 1),
                        new ScoringMethod.Level("Unacceptable", "#FF0000", 7)),
                6,
                1,
                2);
        assertEquals(Optional.of(m), ScoringMethod.decode(m.encode()));
        assertEquals("Unacceptable", m.level(8).label());
    }

    @Test
    void impossibleSettingsAreRefusedWithReasons() {
        List<ScoringMethod.Level> levels = ScoringMethod.standard().levels();
        assertThrows(IllegalArgumentException.class, () -> new ScoringMethod(7, levels, 9, 2, 3));
        List<String> problems = ScoringMethod.problems(
                5,
                List.of(
                        new ScoringMethod.Level("Low", "green", 1),
                        new ScoringMethod.Level("low", "#ffffff", 1),
                        new ScoringMethod.Level("Top;", "#000000", 30)),
                40,
                0,
                3);
        assertTrue(problems.contains("The colour of Low must look like #1A2B3C"), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.contains("Two levels")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.contains("may not contain")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.contains("appetite")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.contains("Starting")), problems.toString());
    }

    @Test
    void aStoredMethodKeepsItsScoringModelAndOlderOnesWereTheFirst() {
        ScoringMethod additive = ScoringMethod.standard().withVersion(ScoringMethod.ADDITIVE);
        assertEquals(Optional.of(additive), ScoringMethod.decode(additive.encode()));
        assertEquals(
                ScoringMethod.CALIBRATED,
                ScoringMethod.decode(ScoringMethod.standard().encode())
                        .orElseThrow()
                        .version());
        String writtenBeforeModels = "v1;size=5;appetite=9;start=2,3;levels=Low|#56B4E9|1,Medium|#F0E442|5,"
                + "High|#E69F00|10,Critical|#D55E00|20";
        assertEquals(Optional.of(additive), ScoringMethod.decode(writtenBeforeModels));
        assertEquals(Optional.empty(), ScoringMethod.decode(writtenBeforeModels + ";model=9"), "unknown model");
    }

    @Test
    void damagedStoredMethodsAreRecognised() {
        assertEquals(Optional.empty(), ScoringMethod.decode(null));
        assertEquals(Optional.empty(), ScoringMethod.decode("v1;size=9"));
        assertEquals(Optional.empty(), ScoringMethod.decode("v1;size=x;levels=a|b"));
        assertEquals(Optional.empty(), ScoringMethod.decode("something else"));
    }

    @Test
    void fivePointStepsShrinkOnSmallerMatrices() {
        ScoringMethod three = ScoringMethod.standard(3);
        assertEquals(
                List.of(1, 2, 2, 3, 3),
                List.of(
                        three.fromFivePoint(1),
                        three.fromFivePoint(2),
                        three.fromFivePoint(3),
                        three.fromFivePoint(4),
                        three.fromFivePoint(5)));
        assertEquals(2, ScoringMethod.standard(5).stepsFromFivePoint(2));
        assertEquals(1, three.stepsFromFivePoint(2));
    }
}

package org.airisk.workbench.testing;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The only clocks tests use: a fixed day, so that a suite that passes today passes next year in any time zone. A
 * test that needs time to move sets a {@link Settable} clock explicitly.
 */
public final class TestClock {
    /** The day every test lives on. */
    public static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
    /** 10:00 UTC on {@link #TODAY}. */
    public static final Instant NOW = TODAY.atTime(10, 0).toInstant(ZoneOffset.UTC);

    public static final Clock FIXED = Clock.fixed(NOW, ZoneOffset.UTC);

    private TestClock() {}

    /** A clock that reads whatever instant the test last set; starts at {@link #NOW}. */
    public static final class Settable extends Clock {
        private volatile Instant instant = NOW;

        public void set(Instant instant) {
            this.instant = instant;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return Clock.fixed(instant, zone);
        }

        @Override
        public Instant instant() {
            return instant;
        }
    }
}

package org.airisk.workbench.app;

import ch.qos.logback.classic.spi.LogbackServiceProvider;
import java.util.concurrent.CountDownLatch;
import org.slf4j.ILoggerFactory;
import org.slf4j.IMarkerFactory;
import org.slf4j.spi.MDCAdapter;
import org.slf4j.spi.SLF4JServiceProvider;

/**
 * Logback's SLF4J provider, held inside its start until {@link #RELEASE} opens: named with {@code -Dslf4j.provider}
 * in a child JVM, it keeps SLF4J "starting" on one thread while another sets up the log
 * ({@link LoggingWhileStartingChild}).
 */
public final class SlowLoggingProvider implements SLF4JServiceProvider {
    static final CountDownLatch ENTERED = new CountDownLatch(1);
    static final CountDownLatch RELEASE = new CountDownLatch(1);
    private final LogbackServiceProvider logback = new LogbackServiceProvider();

    @Override
    public void initialize() {
        ENTERED.countDown();
        try {
            RELEASE.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        logback.initialize();
    }

    @Override
    public ILoggerFactory getLoggerFactory() {
        return logback.getLoggerFactory();
    }

    @Override
    public IMarkerFactory getMarkerFactory() {
        return logback.getMarkerFactory();
    }

    @Override
    public MDCAdapter getMDCAdapter() {
        return logback.getMDCAdapter();
    }

    @Override
    public String getRequestedApiVersion() {
        return logback.getRequestedApiVersion();
    }
}

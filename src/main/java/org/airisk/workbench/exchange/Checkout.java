package org.airisk.workbench.exchange;

import java.time.Instant;
import java.util.UUID;

/**
 * An assessment taken offline (ADR 0041): on the team server, who took it and when; in this computer's library, also
 * the workspace it came from.
 */
public record Checkout(UUID assessment, String workspace, String by, Instant at) {}

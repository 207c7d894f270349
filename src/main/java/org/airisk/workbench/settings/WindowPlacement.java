package org.airisk.workbench.settings;

import java.util.Optional;

/** Where the main window was and how big, so the next start puts it back. */
public record WindowPlacement(double x, double y, double width, double height, boolean maximized) {
    public static final double MIN_WIDTH = 800;
    public static final double MIN_HEIGHT = 560;

    public String encode() {
        return x + "," + y + "," + width + "," + height + "," + maximized;
    }

    /** Empty for a missing or garbled value: the window then opens at its default place. */
    public static Optional<WindowPlacement> decode(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String[] parts = text.split(",");
        if (parts.length != 5) {
            return Optional.empty();
        }
        try {
            double w = Double.parseDouble(parts[2]);
            double h = Double.parseDouble(parts[3]);
            double x = Double.parseDouble(parts[0]);
            double y = Double.parseDouble(parts[1]);
            if (!Double.isFinite(x) || !Double.isFinite(y) || w < MIN_WIDTH / 2 || h < MIN_HEIGHT / 2) {
                return Optional.empty();
            }
            return Optional.of(new WindowPlacement(x, y, w, h, Boolean.parseBoolean(parts[4])));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}

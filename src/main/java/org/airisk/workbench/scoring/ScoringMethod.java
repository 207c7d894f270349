package org.airisk.workbench.scoring;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How risks are rated: the size of the likelihood x impact matrix, the levels a score falls into, the risk
 * appetite (the highest score accepted without further mitigation), and where likelihood and impact start before
 * any answer moves them. Answer effects and mitigation strengths are declared on a 5-point scale and mapped onto
 * the matrix. Each assessment keeps the method it was scored with.
 */
public record ScoringMethod(
        int size, List<Level> levels, int appetite, int startLikelihood, int startImpact, int version) {
    /** The first scoring model: every risk starts at the method's starting point and answers add steps. */
    public static final int ADDITIVE = 1;
    /**
     * The calibrated model (docs/scoring.md): each risk starts at its own baseline, context and evidence combine
     * with diminishing returns, controls lower by bounded amounts, and the register ranks by a finer score.
     */
    public static final int CALIBRATED = 2;
    /** The model new assessments are scored with. */
    public static final int CURRENT = CALIBRATED;

    public static final int MIN_SIZE = 3;
    public static final int MAX_SIZE = 6;
    /** The scale answer effects and mitigation strengths are written in. */
    public static final int FIVE_POINT = 5;

    private static final Pattern COLOUR = Pattern.compile("#[0-9a-fA-F]{6}");
    private static final String RESERVED = ";|,=";

    /** A level: scores from {@code fromScore} up to the next level's start belong to it. */
    public record Level(String label, String colour, int fromScore) {
        public Level {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(colour, "colour");
        }
    }

    public ScoringMethod {
        levels = List.copyOf(levels);
        List<String> problems = problems(size, levels, appetite, startLikelihood, startImpact);
        if (version < ADDITIVE || version > CURRENT) {
            problems.add("This workbench knows scoring models " + ADDITIVE + " to " + CURRENT + ", not " + version);
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", problems));
        }
    }

    /** A method on the current scoring model. */
    public ScoringMethod(int size, List<Level> levels, int appetite, int startLikelihood, int startImpact) {
        this(size, levels, appetite, startLikelihood, startImpact, CURRENT);
    }

    /** The same matrix, levels and appetite on another scoring model. */
    public ScoringMethod withVersion(int model) {
        return new ScoringMethod(size, levels, appetite, startLikelihood, startImpact, model);
    }

    /** "calibrated model (2)". */
    public String modelLabel() {
        return (version == ADDITIVE ? "additive model" : "calibrated model") + " (" + version + ")";
    }

    /** What is wrong with these settings, in the assessor's words; empty when they make a valid method. */
    public static List<String> problems(
            int size, List<Level> levels, int appetite, int startLikelihood, int startImpact) {
        List<String> problems = new ArrayList<>();
        if (size < MIN_SIZE || size > MAX_SIZE) {
            problems.add("The matrix must be between " + MIN_SIZE + "x" + MIN_SIZE + " and " + MAX_SIZE + "x" + MAX_SIZE
                    + ", not " + size + "x" + size);
            return problems;
        }
        int maxScore = size * size;
        if (levels.size() < 2 || levels.size() > 5) {
            problems.add("Use between 2 and 5 levels");
        }
        Set<String> labels = new HashSet<>();
        int previous = 0;
        for (int i = 0; i < levels.size(); i++) {
            Level level = levels.get(i);
            String label = level.label().strip();
            if (label.isEmpty()) {
                problems.add("Level " + (i + 1) + " needs a name");
            } else if (label.chars().anyMatch(c -> RESERVED.indexOf(c) >= 0)) {
                problems.add("The level name \u201c" + label + "\u201d may not contain ; | , or =");
            } else if (!labels.add(label.toLowerCase(Locale.ROOT))) {
                problems.add("Two levels are called \u201c" + label + "\u201d");
            }
            if (!COLOUR.matcher(level.colour()).matches()) {
                problems.add("The colour of " + label + " must look like #1A2B3C");
            }
            if (i == 0 && level.fromScore() != 1) {
                problems.add("The lowest level must start at score 1");
            } else if (i > 0 && level.fromScore() <= previous) {
                problems.add(label + " must start above " + previous);
            } else if (level.fromScore() > maxScore) {
                problems.add(label + " starts at " + level.fromScore() + ", above the highest score " + maxScore);
            }
            previous = level.fromScore();
        }
        if (appetite < 1 || appetite > maxScore) {
            problems.add("The risk appetite must be a score between 1 and " + maxScore);
        }
        if (startLikelihood < 1 || startLikelihood > FIVE_POINT || startImpact < 1 || startImpact > FIVE_POINT) {
            problems.add("Starting likelihood and impact are between 1 and 5");
        }
        return problems;
    }

    /** The default: 5x5, Low / Medium / High / Critical in a colour-blind-safe palette, High and above beyond appetite. */
    public static ScoringMethod standard() {
        return standard(5);
    }

    /** The default levels scaled to a matrix of this size. */
    public static ScoringMethod standard(int size) {
        int max = size * size;
        int medium = Math.max(2, Math.round(5f * max / 25));
        int high = Math.max(medium + 1, Math.round(10f * max / 25));
        int critical = Math.min(max, Math.max(high + 1, Math.round(20f * max / 25)));
        List<Level> levels = List.of(
                new Level("Low", "#56B4E9", 1),
                new Level("Medium", "#F0E442", medium),
                new Level("High", "#E69F00", high),
                new Level("Critical", "#D55E00", critical));
        return new ScoringMethod(size, levels, high - 1, 2, 3);
    }

    public int maxScore() {
        return size * size;
    }

    public Level level(int score) {
        Level found = levels.get(0);
        for (Level level : levels) {
            if (score >= level.fromScore()) {
                found = level;
            }
        }
        return found;
    }

    public int levelIndex(Level level) {
        return levels.indexOf(level);
    }

    public boolean isAboveAppetite(int score) {
        return score > appetite;
    }

    /** A value on the 5-point answer scale as a point on this matrix's axis. */
    public int fromFivePoint(int value) {
        int clamped = Math.max(1, Math.min(FIVE_POINT, value));
        return 1 + Math.round((clamped - 1) * (size - 1) / (float) (FIVE_POINT - 1));
    }

    /** An unrounded value on the 5-point scale as a point on this matrix's axis (halves round up). */
    public int fromFivePoint(double value) {
        double clamped = Math.max(1, Math.min(FIVE_POINT, value));
        return 1 + (int) Math.floor((clamped - 1) * (size - 1) / (FIVE_POINT - 1) + 0.5 + 1e-9);
    }

    /** A point on this matrix's axis as a value on the 5-point scale. */
    public double toFivePoint(int point) {
        int clamped = Math.max(1, Math.min(size, point));
        return 1 + (clamped - 1) * (FIVE_POINT - 1) / (double) (size - 1);
    }

    /** A number of steps on the 5-point scale as steps on this matrix's axis. */
    public int stepsFromFivePoint(int steps) {
        return Math.round(Math.max(0, steps) * (size - 1) / (float) (FIVE_POINT - 1));
    }

    /** "5×5, appetite ≤ 9 (Medium)": the short form for a status line. */
    public String summary() {
        return size + "\u00d7" + size + ", appetite \u2264 " + appetite + " ("
                + level(appetite).label() + ")";
    }

    /** "5x5 matrix, levels Low / Medium / High / Critical, appetite up to score 9 (Medium)". */
    public String describe() {
        return size + "x" + size + " matrix, levels "
                + String.join(" / ", levels.stream().map(Level::label).toList()) + ", appetite up to score " + appetite
                + " (" + level(appetite).label() + "), " + modelLabel();
    }

    /** One line of text for storing the method beside an assessment or in the settings. */
    public String encode() {
        StringBuilder text = new StringBuilder("v1;size=")
                .append(size)
                .append(";appetite=")
                .append(appetite)
                .append(";start=")
                .append(startLikelihood)
                .append(',')
                .append(startImpact)
                .append(";model=")
                .append(version)
                .append(";levels=");
        for (int i = 0; i < levels.size(); i++) {
            Level l = levels.get(i);
            text.append(i == 0 ? "" : ",")
                    .append(l.label().strip())
                    .append('|')
                    .append(l.colour())
                    .append('|')
                    .append(l.fromScore());
        }
        return text.toString();
    }

    /** The method {@link #encode()} wrote; empty for text that is not one (an older or damaged value). */
    public static Optional<ScoringMethod> decode(String text) {
        if (text == null || !text.startsWith("v1;")) {
            return Optional.empty();
        }
        try {
            int size = 0;
            int appetite = 0;
            int startL = 0;
            int startI = 0;
            int model = ADDITIVE; // written before scoring models had numbers
            List<Level> levels = new ArrayList<>();
            for (String part : text.substring(3).split(";")) {
                String[] kv = part.split("=", 2);
                switch (kv[0]) {
                    case "size" -> size = Integer.parseInt(kv[1]);
                    case "appetite" -> appetite = Integer.parseInt(kv[1]);
                    case "model" -> model = Integer.parseInt(kv[1]);
                    case "start" -> {
                        String[] s = kv[1].split(",");
                        startL = Integer.parseInt(s[0]);
                        startI = Integer.parseInt(s[1]);
                    }
                    case "levels" -> {
                        for (String level : kv[1].split(",")) {
                            String[] f = level.split("\\|");
                            levels.add(new Level(f[0], f[1], Integer.parseInt(f[2])));
                        }
                    }
                    default -> {}
                }
            }
            return Optional.of(new ScoringMethod(size, levels, appetite, startL, startI, model));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
